package io.minicrm.adapter.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import io.minicrm.application.inmemory.InMemoryAuditLog;
import io.minicrm.application.inmemory.InMemoryCampaignStore;
import io.minicrm.application.inmemory.InMemoryCustomerStore;
import io.minicrm.application.inmemory.InMemoryImportJobStore;
import io.minicrm.application.inmemory.InMemoryMembershipStore;
import io.minicrm.application.inmemory.InMemoryOrderStore;
import io.minicrm.application.inmemory.InMemorySegmentStore;
import io.minicrm.application.inmemory.InMemorySuppressionStore;
import io.minicrm.application.inmemory.InMemoryTokenStore;
import io.minicrm.application.inmemory.InMemoryUserStore;
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
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ByteArrayDataType;
import org.h2.mvstore.type.LongDataType;
import org.h2.mvstore.type.StringDataType;
import reactor.util.Logger;
import reactor.util.Loggers;

/**
 * Every store in one MVStore file under a data directory. {@link #open} reads the file into the in-memory stores,
 * customers by their keys until each is first asked for, and deliveries not at all (they are read from the file as
 * asked for); each write is then made in memory and in the file, and acknowledged once the file is committed and
 * forced to disk. Only one process may open a directory at a time: MVStore locks its file.
 */
public final class EmbeddedStorage implements Storage, AutoCloseable {

    private static final Logger LOG = Loggers.getLogger(EmbeddedStorage.class);

    public static final String FILE = "mini-crm-embedded.mv.db";
    private static final String DELIVERIES = "deliveries";
    private static final String DELIVERIES_BY_CUSTOMER = "deliveriesByCustomer";
    // Customers are loaded in lists: a million customers taking the store's lock one by one, from two threads, cost a
    // start a noticeable share of its time.
    private static final int LOAD_BATCH = 10_000;

    private final Path file;
    private final MVStore store;
    private final GroupCommit commits;
    private final EmbeddedCustomerStore customers;
    private final EmbeddedOrderStore orders;
    private final EmbeddedSegmentStore segments;
    private final EmbeddedCampaignStore campaigns;
    private final EmbeddedDeliveryStore deliveries;
    private final EmbeddedImportJobStore importJobs;
    private final EmbeddedSuppressionStore suppressions;
    private final EmbeddedUserStore users;
    private final EmbeddedMembershipStore memberships;
    private final EmbeddedTokenStore tokens;
    private final EmbeddedAuditLog auditLog;
    private final StoredRecords records;
    private final InMemoryCustomerStore memoryCustomers;

    private EmbeddedStorage(Path file, MVStore store, FieldCatalogue catalogue) {
        this.file = file;
        this.store = store;
        this.commits = new GroupCommit(store);
        CustomerCodec customerCodec = new CustomerCodec();
        this.records = new StoredRecords(
                new Table<>(map("customers"), customerCodec, commits),
                new Table<>(map("orders"), new OrderCodec(), commits),
                new Table<>(map("segments"), new SegmentCodec(), commits),
                new Table<>(map("campaigns"), new CampaignCodec(catalogue), commits),
                new Table<>(map(DELIVERIES), new DeliveryCodec(), commits),
                new Table<>(map("importJobs"), new ImportJobCodec(), commits),
                new Table<>(map("suppressions"), new SuppressionCodec(), commits),
                new Table<>(map("users"), IdentityCodecs.USERS, commits),
                new Table<>(map("memberships"), IdentityCodecs.MEMBERSHIPS, commits),
                new Table<>(map("invitations"), IdentityCodecs.INVITATIONS, commits),
                new Table<>(map("tokens"), IdentityCodecs.TOKENS, commits),
                new Table<>(map("audit"), IdentityCodecs.AUDIT_ENTRIES, commits));
        InMemoryCustomerStore memoryCustomers = new InMemoryCustomerStore();
        InMemoryOrderStore memoryOrders = new InMemoryOrderStore();
        InMemorySegmentStore memorySegments = new InMemorySegmentStore();
        InMemoryCampaignStore memoryCampaigns = new InMemoryCampaignStore();
        InMemoryImportJobStore memoryJobs = new InMemoryImportJobStore();
        InMemorySuppressionStore memorySuppressions = new InMemorySuppressionStore();
        InMemoryUserStore memoryUsers = new InMemoryUserStore();
        InMemoryMembershipStore memoryMemberships = new InMemoryMembershipStore();
        InMemoryTokenStore memoryTokens = new InMemoryTokenStore();
        InMemoryAuditLog memoryAudit = new InMemoryAuditLog();
        try {
            records.customerTable()
                    .sizesByWorkspace()
                    .forEach((workspace, size) -> memoryCustomers.reserve(workspace, Math.toIntExact(size)));
            records.customerTable()
                    .forEachBatchInParallel(
                            LOAD_BATCH,
                            customerCodec::lazy,
                            customers -> Answered.now(memoryCustomers.loadAll(customers)));
            records.orderTable().forEachInParallel(order -> Answered.now(memoryOrders.insert(order)));
            records.segmentTable().forEachInParallel(segment -> Answered.now(memorySegments.save(segment)));
            records.campaignTable().forEachInParallel(campaign -> Answered.now(memoryCampaigns.insert(campaign)));
            records.importJobTable().forEachInParallel(job -> Answered.now(memoryJobs.save(job)));
            records.suppressionTable()
                    .forEachInParallel(suppression -> Answered.now(memorySuppressions.suppress(suppression)));
            records.userTable().forEachInParallel(user -> Answered.now(memoryUsers.insertIfAbsent(user)));
            records.membershipTable().forEachInParallel(member -> Answered.now(memoryMemberships.save(member)));
            records.invitationTable()
                    .forEachInParallel(invitation -> Answered.now(memoryMemberships.invite(invitation)));
            records.tokenTable().forEachInParallel(token -> Answered.now(memoryTokens.save(token)));
            // Oldest first, as the log lists the entries in the order they were recorded, newest first.
            records.auditTable().forEachInOrder(entry -> Answered.now(memoryAudit.record(entry)));
        } catch (RuntimeException unreadable) {
            commits.close();
            throw unreadable;
        }
        this.customers = new EmbeddedCustomerStore(memoryCustomers, records.customerTable());
        this.orders = new EmbeddedOrderStore(memoryOrders, records.orderTable());
        this.segments = new EmbeddedSegmentStore(memorySegments, records.segmentTable());
        this.campaigns = new EmbeddedCampaignStore(memoryCampaigns, records.campaignTable());
        boolean indexed = store.hasMap(DELIVERIES_BY_CUSTOMER);
        CustomerDeliveries byCustomer = CustomerDeliveries.open(map(DELIVERIES_BY_CUSTOMER), indexed, map(DELIVERIES));
        this.deliveries = new EmbeddedDeliveryStore(
                map(DELIVERIES),
                new DeliveryCounts(store.openMap(
                        "deliveryCounts",
                        new MVMap.Builder<String, Long>()
                                .keyType(StringDataType.INSTANCE)
                                .valueType(LongDataType.INSTANCE))),
                byCustomer,
                commits);
        this.importJobs = new EmbeddedImportJobStore(memoryJobs, records.importJobTable());
        this.suppressions = new EmbeddedSuppressionStore(memorySuppressions, records.suppressionTable());
        this.users = new EmbeddedUserStore(memoryUsers, records.userTable());
        this.memberships =
                new EmbeddedMembershipStore(memoryMemberships, records.membershipTable(), records.invitationTable());
        this.tokens = new EmbeddedTokenStore(memoryTokens, records.tokenTable());
        this.auditLog = new EmbeddedAuditLog(memoryAudit, records.auditTable());
        CounterRepair.recount(campaigns, deliveries);
        this.memoryCustomers = memoryCustomers;
    }

    /**
     * Reads in full, on a thread of its own, the customers {@link #open} only indexed, so that the first pass over them
     * all (an audience, a search) does not pay for it. Without this call each customer is read when first asked
     * for; with it, a customer asked for before the thread reaches it is read then, once. Best called once the
     * application answers, as the thread keeps a core busy for a while. Completes once every customer is read, or
     * with what the first that cannot be read throws.
     */
    public CompletableFuture<Void> readCustomersInBackground() {
        CompletableFuture<Void> read = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("embedded-customer-reading").start(() -> {
            long started = System.nanoTime();
            try {
                memoryCustomers.readAll();
                LOG.info(
                        "Embedded storage: every customer read in full, in {} ms",
                        Duration.ofNanos(System.nanoTime() - started).toMillis());
                read.complete(null);
            } catch (RuntimeException unreadable) {
                LOG.error(
                        "Embedded storage: a stored customer cannot be read; each request reaching it fails",
                        unreadable);
                read.completeExceptionally(unreadable);
            }
        });
        return read;
    }

    /**
     * Opens (or creates) the file in the directory and reads all but the deliveries into memory, customers by their
     * keys alone: each is read in full when first asked for, or by {@link #readCustomersInBackground}.
     */
    public static EmbeddedStorage open(Path directory, FieldCatalogue catalogue) {
        try {
            Files.createDirectories(directory);
        } catch (IOException unwritable) {
            throw new UncheckedIOException(
                    "cannot create the data directory " + directory.toAbsolutePath(), unwritable);
        }
        Path file = directory.resolve(FILE).toAbsolutePath();
        MVStore store = new MVStore.Builder().fileName(file.toString()).open();
        try {
            return new EmbeddedStorage(file, store, catalogue);
        } catch (RuntimeException unreadable) {
            store.closeImmediately();
            throw unreadable;
        }
    }

    private MVMap<String, byte[]> map(String name) {
        return store.openMap(
                name,
                new MVMap.Builder<String, byte[]>()
                        .keyType(StringDataType.INSTANCE)
                        .valueType(ByteArrayDataType.INSTANCE));
    }

    @Override
    public CustomerStore customers() {
        return customers;
    }

    @Override
    public OrderStore orders() {
        return orders;
    }

    @Override
    public SegmentStore segments() {
        return segments;
    }

    @Override
    public CampaignStore campaigns() {
        return campaigns;
    }

    @Override
    public DeliveryStore deliveries() {
        return deliveries;
    }

    @Override
    public ImportJobStore importJobs() {
        return importJobs;
    }

    @Override
    public SuppressionStore suppressions() {
        return suppressions;
    }

    @Override
    public UserStore users() {
        return users;
    }

    @Override
    public MembershipStore memberships() {
        return memberships;
    }

    @Override
    public TokenStore tokens() {
        return tokens;
    }

    @Override
    public AuditLog auditLog() {
        return auditLog;
    }

    /** Every record as stored, for copying the data elsewhere. */
    public StoredRecords records() {
        return records;
    }

    public Path file() {
        return file;
    }

    /** False once closed, or once the store has closed itself after a failure to write its file. */
    public boolean isOpen() {
        return !store.isClosed();
    }

    /** Commits what writers still wait for, then closes the file. */
    @Override
    public void close() {
        try {
            commits.close();
        } finally {
            store.close();
        }
    }
}
