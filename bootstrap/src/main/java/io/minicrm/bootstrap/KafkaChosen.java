package io.minicrm.bootstrap;

/** Holds when CRM_QUEUE names kafka. */
final class KafkaChosen extends ChosenAdapter {

    KafkaChosen() {
        super("kafka", AdapterChoice.QUEUE);
    }
}
