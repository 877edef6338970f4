package io.minicrm.application.contract;

import static io.minicrm.application.contract.Fixtures.A;
import static io.minicrm.application.contract.Fixtures.B;
import static io.minicrm.application.contract.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import io.minicrm.application.port.out.AuditLog;
import io.minicrm.application.port.shared.AuditEntry;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AuditLog} does; an adapter's test extends it and gives a new, empty log from {@link #newLog()}. */
public abstract class AuditLogContract {

    private AuditLog log;

    protected abstract AuditLog newLog();

    @BeforeEach
    void createLog() {
        log = newLog();
    }

    private static AuditEntry entry(Optional<io.minicrm.domain.workspace.WorkspaceId> workspace, int second) {
        return new AuditEntry(
                workspace, NOW.plusSeconds(second), "user:asha", "sign-in", "asha@example.com", "127.0.0.1");
    }

    @Test
    void lists_a_workspaces_entries_newest_first_page_by_page() {
        AuditEntry first = entry(Optional.of(A), 1);
        AuditEntry second = entry(Optional.of(A), 2);
        AuditEntry third = entry(Optional.of(A), 3);
        log.record(first).then(log.record(second)).then(log.record(third)).block();

        Page<AuditEntry> page = log.list(A, new PageRequest(0, 2)).block();

        assertThat(page.items()).containsExactly(third, second);
        assertThat(page.total()).isEqualTo(3);
        assertThat(log.list(A, new PageRequest(1, 2)).block().items()).containsExactly(first);
    }

    @Test
    void another_workspaces_entries_and_those_of_no_workspace_are_not_listed() {
        log.record(entry(Optional.of(B), 1))
                .then(log.record(entry(Optional.empty(), 2)))
                .block();

        assertThat(log.list(A, PageRequest.FIRST).block().items()).isEmpty();
        assertThat(log.list(B, PageRequest.FIRST).block().total()).isEqualTo(1);
    }
}
