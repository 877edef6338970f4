package io.minicrm.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.minicrm.application.contract.ImportJobStoreContract;
import io.minicrm.application.port.out.ImportJobStore;
import io.minicrm.application.port.shared.ImportFailure;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportJobId;
import io.minicrm.application.port.shared.ImportStatus;
import io.minicrm.domain.workspace.WorkspaceId;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

class MongoImportJobStoreTest extends ImportJobStoreContract {

    @RegisterExtension
    final FreshStorage storage = new FreshStorage();

    @Override
    protected ImportJobStore newStore() {
        return storage.open().importJobs();
    }

    @Test
    void a_job_written_before_jobs_kept_their_last_news_was_last_heard_of_when_it_finished() {
        MongoStorage mongo = storage.open();
        Document versionOne = new Document("v", 1)
                .append("ws", "shop")
                .append("id", "old")
                .append("kind", "ORDERS")
                .append("status", "FAILED")
                .append(
                        "report",
                        new Document("rowsRead", 0L)
                                .append("created", 0L)
                                .append("updated", 0L)
                                .append("skipped", 0L)
                                .append("rejected", 0L)
                                .append("ignoredColumns", List.of())
                                .append("rejections", List.of()))
                .append("startedAt", new Decimal128(new BigDecimal("1773568800.5")))
                .append("finishedAt", new Decimal128(new BigDecimal("1773568802")))
                .append("failure", "the file is not UTF-8");
        Mono.from(mongo.database().getCollection(Collections.IMPORT_JOBS).insertOne(versionOne))
                .block();

        ImportJob job = mongo.importJobs()
                .findById(new WorkspaceId("shop"), new ImportJobId("old"))
                .block();

        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.updatedAt())
                .isEqualTo(Instant.ofEpochSecond(1_773_568_802))
                .isEqualTo(job.finishedAt().orElseThrow());
        assertThat(job.failure())
                .contains(new ImportFailure("the file is not UTF-8", Optional.empty(), Optional.empty()));
    }
}
