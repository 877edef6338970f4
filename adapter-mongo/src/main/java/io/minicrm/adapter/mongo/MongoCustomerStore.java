package io.minicrm.adapter.mongo;

import static io.minicrm.adapter.mongo.CustomerCodec.COUNTED;
import static io.minicrm.adapter.mongo.CustomerCodec.CREATED_AT;
import static io.minicrm.adapter.mongo.CustomerCodec.CURRENCY;
import static io.minicrm.adapter.mongo.CustomerCodec.EMAIL;
import static io.minicrm.adapter.mongo.CustomerCodec.FIRST_ORDER_AT;
import static io.minicrm.adapter.mongo.CustomerCodec.ID;
import static io.minicrm.adapter.mongo.CustomerCodec.LAST_ORDER_AT;
import static io.minicrm.adapter.mongo.CustomerCodec.ORDERS;
import static io.minicrm.adapter.mongo.CustomerCodec.SPEND;
import static io.minicrm.adapter.mongo.CustomerCodec.UPDATED_AT;
import static io.minicrm.adapter.mongo.CustomerCodec.WORKSPACE;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.minicrm.application.CrmException;
import io.minicrm.application.port.out.AudienceQuery;
import io.minicrm.application.port.out.AudienceTally;
import io.minicrm.application.port.out.CustomerStore;
import io.minicrm.application.port.out.ImportedCustomer;
import io.minicrm.application.port.shared.CustomerListing;
import io.minicrm.application.port.shared.Page;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.segment.RuleTally.Counter;
import io.minicrm.domain.workspace.WorkspaceId;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps customers in MongoDB. Audiences are rule filters pushed down to the server; an order is counted into the
 * figures by one conditional update ({@code $inc}, {@code $min}, {@code $max}), so counting never loses a concurrent
 * count and the same order is counted once.
 */
public final class MongoCustomerStore implements CustomerStore {

    private static final FindOneAndUpdateOptions AFTER =
            new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);

    private final MongoCollection<Document> customers;

    MongoCustomerStore(MongoCollection<Document> customers) {
        this.customers = customers;
    }

    @Override
    public Mono<Customer> findById(WorkspaceId workspace, CustomerId id) {
        return Mono.from(customers.find(byId(workspace, id)).first()).map(CustomerCodec::toCustomer);
    }

    @Override
    public Mono<Customer> findByEmail(WorkspaceId workspace, Email email) {
        return Mono.from(customers
                        .find(new Document(WORKSPACE, workspace.value()).append(EMAIL, email.value()))
                        .first())
                .map(CustomerCodec::toCustomer);
    }

    @Override
    public Flux<Customer> findByEmails(WorkspaceId workspace, Collection<Email> emails) {
        if (emails.isEmpty()) {
            return Flux.empty();
        }
        List<String> addresses = emails.stream().map(Email::value).distinct().toList();
        return Flux.from(customers.find(Filters.and(inWorkspace(workspace), Filters.in(EMAIL, addresses))))
                .map(CustomerCodec::toCustomer);
    }

    @Override
    public Mono<Customer> insert(Customer customer) {
        return Writes.refusingTakenKeys(
                        Mono.defer(() -> Mono.from(customers.insertOne(CustomerCodec.toDocument(customer)))),
                        "customer " + customer.id() + " or e-mail " + customer.email() + " is already taken")
                .thenReturn(customer);
    }

    /** Rewrites only the e-mail and profile keys, so the stored figures and creation time stay as they are. */
    @Override
    public Mono<Customer> replace(Customer customer) {
        return Mono.defer(() -> {
                    Document update = Bsons.rewriting(CustomerCodec.toDocument(customer), CustomerCodec.PROFILE_KEYS);
                    return Writes.refusingTakenKeys(
                            Mono.from(customers.findOneAndUpdate(
                                    byId(customer.workspace(), customer.id()), update, AFTER)),
                            "e-mail " + customer.email() + " is already taken");
                })
                .map(CustomerCodec::toCustomer);
    }

    /**
     * One unordered bulk write: a customer the batch found none of is inserted whole, the others are upserted by id. A
     * duplicate key marks a customer to read again, except a customer inserted whole, who may have been stored
     * meanwhile under its id: it is upserted in a second bulk write, whose duplicate keys mark customers to read again.
     */
    @Override
    public Flux<Customer> saveImported(List<ImportedCustomer> batch) {
        return Flux.defer(() -> Writes.refusedAsDuplicates(
                        customers, batch.stream().map(CustomerUpsert::firstTry).toList())
                .flatMapMany(refused -> {
                    List<ImportedCustomer> readAgain =
                            refused.stream().sorted().map(batch::get).toList();
                    List<ImportedCustomer> upsertAgain = readAgain.stream()
                            .filter(imported -> imported.found().isEmpty())
                            .toList();
                    return Flux.fromIterable(readAgain)
                            .filter(imported -> imported.found().isPresent())
                            .concatWith(Writes.refusedAsDuplicates(
                                            customers,
                                            upsertAgain.stream()
                                                    .map(CustomerUpsert::of)
                                                    .toList())
                                    .flatMapIterable(stillRefused -> stillRefused.stream()
                                            .sorted()
                                            .map(upsertAgain::get)
                                            .toList()));
                })
                .map(ImportedCustomer::customer));
    }

    /**
     * Counts the order only into a customer who has not counted it and spends in its currency; when that update finds
     * no one, the stored customer tells why: unknown (empty), already counted (as stored) or another currency (refused).
     */
    @Override
    public Mono<Customer> applyOrder(Order order, Instant now) {
        Bson uncounted = Bsons.byKey(order.workspace().value(), order.customer().value())
                .append(COUNTED, new Document("$ne", order.id().value()))
                .append(CURRENCY, order.amount().currency().getCurrencyCode());
        Bson count = Updates.combine(
                Updates.inc(ORDERS, 1),
                Updates.inc(SPEND, Bsons.decimal("amount", order.amount().amount())),
                Updates.addToSet(COUNTED, order.id().value()),
                Updates.min(FIRST_ORDER_AT, Bsons.instant(order.placedAt())),
                Updates.max(LAST_ORDER_AT, Bsons.instant(order.placedAt())),
                Updates.max(UPDATED_AT, Bsons.instant(now)));
        Mono<Customer> counted = Mono.defer(() -> Mono.from(customers.findOneAndUpdate(uncounted, count, AFTER)))
                .map(CustomerCodec::toCustomer);
        return counted.switchIfEmpty(findById(order.workspace(), order.customer())
                .flatMap(stored -> CrmException.orRefuse(stored.apply(order, now))
                        .flatMap(applied -> applied == stored ? Mono.just(stored) : counted)));
    }

    @Override
    public Mono<Boolean> delete(WorkspaceId workspace, CustomerId id) {
        return Mono.from(customers.deleteOne(byId(workspace, id))).map(deleted -> deleted.getDeletedCount() > 0);
    }

    @Override
    public Mono<Page<Customer>> list(WorkspaceId workspace, CustomerListing listing) {
        Bson filter = listing.search()
                // Each searched text on its own: a pattern over the whole array is matched by some servers against
                // the array written out, brackets and commas included.
                .map(text -> Filters.and(
                        inWorkspace(workspace),
                        new Document(
                                CustomerCodec.SEARCH,
                                new Document(
                                        "$elemMatch",
                                        new Document(
                                                "$regex",
                                                TextFold.literalPattern(text.toLowerCase(java.util.Locale.ROOT)))))))
                .orElse(inWorkspace(workspace));
        String key = switch (listing.sort()) {
            case CREATED_AT -> CREATED_AT;
            case NAME -> CustomerCodec.FOLD + "." + CustomerCodec.NAME;
            case EMAIL -> EMAIL;
            case TOTAL_SPEND -> SPEND;
            case ORDER_COUNT -> ORDERS;
            case LAST_ORDER_AT -> LAST_ORDER_AT;
        };
        Bson sort = listing.descending() ? Sorts.descending(key, ID) : Sorts.ascending(key, ID);
        Bson shown = listing.after()
                .map(after -> Filters.and(filter, after(key, listing, after)))
                .orElse(filter);
        return Paging.page(customers, filter, shown, sort, listing.page(), CustomerCodec::toCustomer);
    }

    /**
     * The customers strictly after the cursor in the listing's order, as a range on the sort field then the id, so
     * that the server seeks in its index rather than skipping. Absent values sort first, as the server sorts them.
     */
    private static Bson after(String key, CustomerListing listing, CustomerListing.After after) {
        boolean descending = listing.descending();
        String id = after.id().value();
        Bson laterId = descending ? Filters.lt(ID, id) : Filters.gt(ID, id);
        Bson absent = Filters.eq(key, null);
        if (after.value().isEmpty()) {
            return descending
                    ? Filters.and(absent, laterId)
                    : Filters.or(Filters.and(absent, laterId), Filters.ne(key, null));
        }
        Object value = stored(listing.sort(), after.value().get());
        List<Bson> later = new ArrayList<>(List.of(
                descending ? Filters.lt(key, value) : Filters.gt(key, value),
                Filters.and(Filters.eq(key, value), laterId)));
        if (descending && listing.sort().mayBeAbsent()) {
            later.add(absent);
        }
        return Filters.or(later);
    }

    /** A sort value as the codec stores it. */
    private static Object stored(CustomerListing.Sort sort, Object value) {
        return switch (sort) {
            case CREATED_AT, LAST_ORDER_AT -> Bsons.instant((Instant) value);
            case NAME -> TextFold.fold((String) value);
            case EMAIL, ORDER_COUNT -> value;
            case TOTAL_SPEND -> Bsons.decimal("after", (BigDecimal) value);
        };
    }

    @Override
    public Flux<Customer> audience(WorkspaceId workspace, AudienceQuery query) {
        return CrmException.orRefuse(query.evaluator().compile(query.rule())).flatMapMany(rule -> {
            Pushdown pushdown = pushdown(query);
            Flux<Customer> found = Flux.from(customers
                            .find(Filters.and(inWorkspace(workspace), pushdown.filter()))
                            .sort(Sorts.ascending(ID))
                            .batchSize(Paging.STREAM_BATCH))
                    .map(CustomerCodec::toCustomer);
            return pushdown.exact() ? found : found.filter(rule::matches);
        });
    }

    @Override
    public Mono<Long> countAudience(WorkspaceId workspace, AudienceQuery query) {
        return CrmException.orRefuse(query.evaluator().compile(query.rule())).flatMap(rule -> {
            Pushdown pushdown = pushdown(query);
            Bson filter = Filters.and(inWorkspace(workspace), pushdown.filter());
            return pushdown.exact()
                    ? Mono.from(customers.countDocuments(filter))
                    : Flux.from(customers.find(filter).batchSize(Paging.STREAM_BATCH))
                            .map(CustomerCodec::toCustomer)
                            .filter(rule::matches)
                            .count();
        });
    }

    @Override
    public Mono<List<Customer>> sampleAudience(WorkspaceId workspace, AudienceQuery query, int size) {
        return CrmException.orRefuse(query.evaluator().compile(query.rule())).flatMap(rule -> {
            Pushdown pushdown = pushdown(query);
            if (size == 0) {
                return Mono.just(List.<Customer>of()); // a limit of 0 is no limit to MongoDB
            }
            return pushdown.exact()
                    ? Flux.from(customers
                                    .find(Filters.and(inWorkspace(workspace), pushdown.filter()))
                                    .sort(Sorts.ascending(ID))
                                    .limit(size))
                            .map(CustomerCodec::toCustomer)
                            .collectList()
                    : CustomerStore.super.sampleAudience(workspace, query, size);
        });
    }

    /**
     * One aggregation when every part of the rule translates exactly; otherwise one pass over the workspace's
     * customers in id order, each decided by the domain's evaluator.
     */
    @Override
    public Mono<AudienceTally> tallyAudience(WorkspaceId workspace, AudienceQuery query, int sample) {
        return CrmException.orRefuse(query.evaluator().tally(query.rule()))
                .flatMap(tally -> FacetTally.plan(query, MongoCustomerStore::pushdown)
                        .map(plan -> Mono.from(customers.aggregate(
                                        List.of(Aggregates.match(inWorkspace(workspace)), plan.stage())))
                                .map(plan::read)
                                .zipWith(sampleAudience(workspace, query, sample), AudienceTally::new))
                        .orElseGet(() -> inOnePass(workspace, tally.counter(), sample)));
    }

    private Mono<AudienceTally> inOnePass(WorkspaceId workspace, Counter counter, int sample) {
        List<Customer> first = new ArrayList<>();
        return Flux.from(customers
                        .find(inWorkspace(workspace))
                        .sort(Sorts.ascending(ID))
                        .batchSize(Paging.STREAM_BATCH))
                .map(CustomerCodec::toCustomer)
                .doOnNext(customer -> {
                    if (counter.add(customer) && first.size() < sample) {
                        first.add(customer);
                    }
                })
                .then(Mono.fromSupplier(() -> new AudienceTally(counter.result(), first)));
    }

    @Override
    public Mono<Long> count(WorkspaceId workspace) {
        return Mono.from(customers.countDocuments(inWorkspace(workspace)));
    }

    @Override
    public Mono<Long> countCreatedSince(WorkspaceId workspace, Instant since) {
        return Mono.from(customers.countDocuments(
                Filters.and(inWorkspace(workspace), Filters.gte(CREATED_AT, Bsons.instant(since)))));
    }

    /** The rule as a filter, with relative dates resolved against the query's instant in its zone. */
    static Pushdown pushdown(AudienceQuery query) {
        LocalDate today = LocalDate.ofInstant(query.now(), query.zone());
        return new RuleTranslator(new ConditionTranslator(query.catalogue(), query.optOuts(), today, query.zone()))
                .translate(query.rule());
    }

    private static Bson inWorkspace(WorkspaceId workspace) {
        return Filters.eq(WORKSPACE, workspace.value());
    }

    private static Bson byId(WorkspaceId workspace, CustomerId id) {
        return Bsons.byKey(workspace.value(), id.value());
    }
}
