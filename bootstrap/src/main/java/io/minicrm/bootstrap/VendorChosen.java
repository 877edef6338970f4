package io.minicrm.bootstrap;

/** Holds when CRM_CHANNEL names vendor. */
final class VendorChosen extends ChosenAdapter {

    VendorChosen() {
        super("vendor", AdapterChoice.CHANNEL);
    }
}
