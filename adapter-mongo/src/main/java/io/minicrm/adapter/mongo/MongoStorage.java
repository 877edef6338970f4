package io.minicrm.adapter.mongo;

import java.time.Duration;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.minicrm.application.port.out.AuditLog;
import io.minicrm.application.port.out.CampaignStore;
import io.minicrm.application.port.out.CustomerStore;
import io.minicrm.application.port.out.DeliveryStore;
import io.minicrm.application.port.out.ImportJobStore;
import io.minicrm.application.port.out.MembershipStore;
import io.minicrm.application.port.out.OrderStore;
import io.minicrm.application.port.out.SegmentStore;
import io.minicrm.application.port.out.Storage;
import io.minicrm.application.port.out.SuppressionStore;
import io.minicrm.application.port.out.TokenStore;
import io.minicrm.application.port.out.UserStore;
import io.minicrm.domain.segment.FieldCatalogue;
import org.bson.Document;
import reactor.core.publisher.Mono;

/**
 * One connection to a MongoDB database and the stores over it. {@link #open} connects and creates the indexes the
 * stores rely on; {@link #close} closes the connection.
 */
public final class MongoStorage implements Storage, AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final MongoClient client;
    private final MongoDatabase database;
    private final FieldCatalogue catalogue;

    private MongoStorage(MongoClient client, MongoDatabase database, FieldCatalogue catalogue) {
        this.client = client;
        this.database = database;
        this.catalogue = catalogue;
    }

    /** Connects, and waits until the indexes exist: a store without its unique indexes would accept duplicates. */
    public static MongoStorage open(MongoSettings settings, FieldCatalogue catalogue) {
        MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(settings.uri()))
                .applicationName("mini-crm")
                .build());
        MongoStorage storage = new MongoStorage(client, client.getDatabase(settings.database()), catalogue);
        try {
            CollectionIndexes.create(storage.database).block(START_TIMEOUT);
        } catch (RuntimeException unreachable) {
            client.close();
            throw unreachable;
        }
        return storage;
    }

    @Override
    public CustomerStore customers() {
        return new MongoCustomerStore(database.getCollection(Collections.CUSTOMERS));
    }

    @Override
    public OrderStore orders() {
        return new MongoOrderStore(database.getCollection(Collections.ORDERS));
    }

    @Override
    public SegmentStore segments() {
        return new MongoSegmentStore(database.getCollection(Collections.SEGMENTS));
    }

    @Override
    public CampaignStore campaigns() {
        return new MongoCampaignStore(database.getCollection(Collections.CAMPAIGNS), catalogue);
    }

    @Override
    public DeliveryStore deliveries() {
        return new MongoDeliveryStore(database.getCollection(Collections.DELIVERIES));
    }

    @Override
    public UserStore users() {
        return new MongoUserStore(database.getCollection(Collections.USERS));
    }

    @Override
    public MembershipStore memberships() {
        return new MongoMembershipStore(
                database.getCollection(Collections.MEMBERS), database.getCollection(Collections.INVITATIONS));
    }

    @Override
    public TokenStore tokens() {
        return new MongoTokenStore(database.getCollection(Collections.TOKENS));
    }

    @Override
    public AuditLog auditLog() {
        return new MongoAuditLog(database.getCollection(Collections.AUDIT));
    }

    @Override
    public SuppressionStore suppressions() {
        return new MongoSuppressionStore(database.getCollection(Collections.SUPPRESSIONS));
    }

    @Override
    public ImportJobStore importJobs() {
        return new MongoImportJobStore(database.getCollection(Collections.IMPORT_JOBS));
    }

    MongoDatabase database() {
        return database;
    }

    public String databaseName() {
        return database.getName();
    }

    /** Asks the server to answer; completes when it did, fails when it cannot be reached. */
    public Mono<Void> ping() {
        return Mono.from(database.runCommand(new Document("ping", 1))).then();
    }

    @Override
    public void close() {
        client.close();
    }
}
