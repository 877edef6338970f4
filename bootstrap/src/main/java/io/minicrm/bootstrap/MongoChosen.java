package io.minicrm.bootstrap;

/** Holds when CRM_STORAGE names mongo. */
final class MongoChosen extends ChosenAdapter {

    MongoChosen() {
        super("mongo", AdapterChoice.STORAGE);
    }
}
