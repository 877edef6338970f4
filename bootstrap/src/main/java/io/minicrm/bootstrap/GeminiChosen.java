package io.minicrm.bootstrap;

/** Holds when CRM_AI names gemini, so that no Gemini client is built otherwise. */
final class GeminiChosen extends ChosenAdapter {

    GeminiChosen() {
        super("gemini", AdapterChoice.AI);
    }
}
