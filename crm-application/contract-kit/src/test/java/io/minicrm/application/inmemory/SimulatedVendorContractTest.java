package io.minicrm.application.inmemory;

import java.time.Clock;

import io.minicrm.application.contract.MessageChannelContract;
import io.minicrm.application.port.out.MessageChannel;

class SimulatedVendorContractTest extends MessageChannelContract {

    private SimulatedVendor vendor;

    @Override
    protected MessageChannel newChannel() {
        vendor = new SimulatedVendor(Clock.systemUTC());
        return vendor;
    }

    @Override
    protected long messagesTo(String recipient) {
        return vendor.messagesPerRecipient().getOrDefault(recipient, 0L);
    }
}
