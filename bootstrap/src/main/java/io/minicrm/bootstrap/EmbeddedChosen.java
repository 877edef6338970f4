package io.minicrm.bootstrap;

/** Holds when CRM_STORAGE names embedded. */
final class EmbeddedChosen extends ChosenAdapter {

    EmbeddedChosen() {
        super("embedded", AdapterChoice.STORAGE);
    }
}
