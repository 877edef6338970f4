package io.minicrm.adapter.embedded;

import io.minicrm.application.contract.AuditLogContract;
import io.minicrm.application.port.out.AuditLog;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmbeddedAuditLogTest extends AuditLogContract {

    @RegisterExtension
    final TempStorage storage = new TempStorage();

    @Override
    protected AuditLog newLog() {
        return storage.open().auditLog();
    }
}
