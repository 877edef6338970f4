package io.minicrm.application.inmemory;

import io.minicrm.application.contract.AuditLogContract;
import io.minicrm.application.port.out.AuditLog;

class InMemoryAuditLogTest extends AuditLogContract {

    @Override
    protected AuditLog newLog() {
        return new InMemoryAuditLog();
    }
}
