package io.minicrm.bootstrap;

/** Holds when CRM_CHANNEL names smtp. */
final class SmtpChosen extends ChosenAdapter {

    SmtpChosen() {
        super("smtp", AdapterChoice.CHANNEL);
    }
}
