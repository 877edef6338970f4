package io.minicrm.adapter.mongo;

import io.minicrm.application.contract.AuditLogContract;
import io.minicrm.application.port.out.AuditLog;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoAuditLogTest extends AuditLogContract {

    @RegisterExtension
    final FreshStorage storage = new FreshStorage();

    @Override
    protected AuditLog newLog() {
        return storage.open().auditLog();
    }
}
