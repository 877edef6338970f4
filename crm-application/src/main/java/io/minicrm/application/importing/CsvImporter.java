package io.minicrm.application.importing;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import io.minicrm.application.CrmSettings;
import io.minicrm.application.ImportSettings;
import io.minicrm.application.port.in.Imports;
import io.minicrm.application.port.out.CustomerStore;
import io.minicrm.application.port.out.EventPublisher;
import io.minicrm.application.port.out.ImportJobStore;
import io.minicrm.application.port.out.OrderStore;
import io.minicrm.application.port.shared.ImportFile;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportJobId;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.application.port.shared.StartedImport;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.workspace.WorkspaceId;
import io.vavr.control.Either;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Imports customers or orders from a CSV file (UTF-8 unless told otherwise, comma-separated, first line the header)
 * into a workspace, streaming it in batches of 1,000 rows so that memory stays bounded whatever its size.
 *
 * <p>A file is held to the {@link CsvLimits} and must be text in its charset; one that is not is refused at the line
 * (and cell) where it goes wrong. A file that is {@linkplain #receive received} whole is checked before any row is
 * stored, so that a refused file leaves nothing behind; a stream {@linkplain #run run} as it arrives keeps the batches
 * stored before its refusal.
 *
 * <p>Columns are found by name, ignoring case and surrounding spaces, under the usual aliases; a file without a
 * required column (e-mail for customers; external reference, customer e-mail and amount for orders) is refused before
 * anything is stored, and columns no field claims are reported as ignored. A row is read whole before it is stored:
 * a row with a bad cell is rejected, naming its line and column, and never stops the import.
 *
 * <p>Customers are found by normalised e-mail: a row for a known customer (stored, or met earlier in the file)
 * replaces what its filled cells say and keeps the rest (a blank cell clears nothing), and one that changes nothing is
 * skipped. Total spend, visits and last order time are the shop's own figures, which may count orders this workspace
 * never sees: they replace the customer's, visits never dropping below the orders already counted, and orders
 * imported afterwards add to them.
 *
 * <p>Orders are found by external reference: one met before, in the file or the store, is skipped. An order whose
 * customer e-mail the workspace does not know is rejected: order files carry no profile, and a mistyped address must
 * not create a customer. Each stored order is counted into its customer's figures.
 *
 * <p>Events are published for each batch once it is stored: {@code CustomerCreated} or {@code CustomerUpdated} per
 * customer saved, {@code OrderCreated} per order stored and {@code CustomerUpdated} per customer it counted into.
 */
public final class CsvImporter implements Imports, AutoCloseable {

    static final String STOPPED = "the engine running this import stopped before it finished; import the file again to"
            + " finish it (the rows it stored are skipped)";
    private static final Duration STOPPING = Duration.ofSeconds(5);
    private static final System.Logger LOG = System.getLogger(CsvImporter.class.getName());

    private final CustomerStore customers;
    private final OrderStore orders;
    private final Announcements announcements;
    private final ImportJobStore jobs;
    private final CrmSettings settings;
    private final ImportSettings importSettings;
    /** The imports this engine runs in the background, to be marked interrupted if it stops first. */
    private final Map<ImportJobId, Background> background = new ConcurrentHashMap<>();

    public CsvImporter(
            CustomerStore customers,
            OrderStore orders,
            ImportJobStore jobs,
            EventPublisher events,
            CrmSettings settings) {
        this(customers, orders, jobs, events, settings, ImportSettings.DEFAULT);
    }

    public CsvImporter(
            CustomerStore customers,
            OrderStore orders,
            ImportJobStore jobs,
            EventPublisher events,
            CrmSettings settings,
            ImportSettings importSettings) {
        this.customers = customers;
        this.orders = orders;
        this.announcements = new Announcements(events);
        this.jobs = jobs;
        this.settings = settings;
        this.importSettings = importSettings;
    }

    /**
     * Imports the file, reading it to its end and closing it; emits the job each time it is saved (started, header
     * read, each batch, finished). A refused file ends in a {@code CrmException} once its job is saved as failed;
     * cancelling the import marks its job interrupted.
     */
    @Override
    public Flux<ImportJob> run(ImportKind kind, WorkspaceId workspace, InputStream csv) {
        return Flux.defer(() -> ImportRun.streamed(
                tracker(kind, workspace), csv, planner(kind, workspace), importSettings.heartbeat()));
    }

    /** Starts the import in the background and answers with its job as soon as it is saved; follow it in the job store. */
    @Override
    public Mono<ImportJob> start(ImportKind kind, WorkspaceId workspace, InputStream csv) {
        return Mono.defer(() -> {
                    JobTracker tracker = tracker(kind, workspace);
                    return detached(
                            tracker,
                            ImportRun.streamed(tracker, csv, planner(kind, workspace), importSettings.heartbeat()));
                })
                .map(StartedImport::job);
    }

    @Override
    public Mono<StartedImport> receive(ImportKind kind, WorkspaceId workspace, Mono<ImportFile> file) {
        return Mono.defer(() -> {
            JobTracker tracker = tracker(kind, workspace);
            return detached(
                    tracker, ImportRun.staged(tracker, file, planner(kind, workspace), importSettings.heartbeat()));
        });
    }

    @Override
    public Mono<ImportJob> job(WorkspaceId workspace, ImportJobId id) {
        return jobs.findById(workspace, id);
    }

    @Override
    public Mono<Page<ImportJob>> list(WorkspaceId workspace, PageRequest page) {
        return jobs.list(workspace, page);
    }

    /** Marks every import this engine runs in the background interrupted, then stops them. */
    @Override
    public void close() {
        List<Background> stopping = List.copyOf(background.values());
        try {
            Flux.fromIterable(stopping)
                    .flatMap(running -> running.tracker().interrupt(STOPPED).onErrorComplete())
                    .then()
                    .block(STOPPING);
        } catch (RuntimeException slow) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "import jobs still running were not all marked interrupted; the next"
                            + " start marks them once they have been silent long enough",
                    slow);
        }
        stopping.forEach(running -> running.subscription().dispose());
    }

    private JobTracker tracker(ImportKind kind, WorkspaceId workspace) {
        ImportJob job = ImportJob.started(
                new ImportJobId(settings.ids().next()),
                workspace,
                kind,
                settings.clock().instant());
        return new JobTracker(jobs, settings.clock(), job);
    }

    /** Runs the import whoever listens; answers once its job is saved, with the outcome still to come. */
    private Mono<StartedImport> detached(JobTracker tracker, Flux<ImportJob> work) {
        Sinks.One<ImportJob> started = Sinks.one();
        Sinks.One<ImportJob> outcome = Sinks.one();
        AtomicReference<@Nullable ImportJob> latest = new AtomicReference<>();
        Disposable.Swap subscription = Disposables.swap();
        background.put(tracker.id(), new Background(tracker, subscription));
        subscription.update(work.subscribe(
                job -> {
                    latest.set(job);
                    started.tryEmitValue(job);
                },
                error -> {
                    background.remove(tracker.id());
                    started.tryEmitError(error);
                    outcome.tryEmitError(error);
                },
                () -> {
                    background.remove(tracker.id());
                    ImportJob last = latest.get();
                    if (last != null) {
                        outcome.tryEmitValue(last);
                    } else {
                        outcome.tryEmitEmpty();
                    }
                }));
        return started.asMono().map(job -> new StartedImport(job, outcome.asMono()));
    }

    private ImportRun.Planner planner(ImportKind kind, WorkspaceId workspace) {
        return switch (kind) {
            case CUSTOMERS -> header -> Either.narrow(customerPlan(workspace, header));
            case ORDERS -> header -> Either.narrow(orderPlan(workspace, header));
        };
    }

    private Either<Problem, ImportPlan<CustomerRow>> customerPlan(WorkspaceId workspace, Header header) {
        CustomerBatch batch = new CustomerBatch(workspace, customers, announcements, settings);
        return CustomerColumns.match(header, settings.catalogue())
                .map(columns -> new ImportPlan<>(
                        columns.ignored(),
                        Stream.concat(
                                        columns.fields().positions().values().stream(),
                                        columns.attributes().stream().map(CustomerColumns.AttributeColumn::position))
                                .toList(),
                        new CustomerRows(columns, settings.clock())::read,
                        batch::store));
    }

    private Either<Problem, ImportPlan<OrderRow>> orderPlan(WorkspaceId workspace, Header header) {
        return Columns.match(header, OrderFields.ALL)
                .map(columns -> new ImportPlan<>(
                        columns.leftOver().stream().map(header::name).toList(),
                        List.copyOf(columns.positions().values()),
                        new OrderRows(columns, settings.currency(), settings.clock())::read,
                        new OrderBatch(
                                workspace,
                                customers,
                                orders,
                                announcements,
                                settings,
                                header.name(columns.required(OrderFields.CUSTOMER_EMAIL)))::store));
    }

    /** An import running in the background: its job's tracker and the subscription that runs it. */
    private record Background(JobTracker tracker, Disposable subscription) {}
}
