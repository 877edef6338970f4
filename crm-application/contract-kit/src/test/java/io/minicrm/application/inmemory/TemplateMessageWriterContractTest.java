package io.minicrm.application.inmemory;

import io.minicrm.application.contract.MessageWriterContract;
import io.minicrm.application.port.out.MessageWriter;

class TemplateMessageWriterContractTest extends MessageWriterContract {

    @Override
    protected MessageWriter newWriter() {
        return new TemplateMessageWriter();
    }
}
