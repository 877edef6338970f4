package io.minicrm.adapter.mongo;

import static io.minicrm.adapter.mongo.CustomerCodec.COUNTED;
import static io.minicrm.adapter.mongo.CustomerCodec.CREATED_AT;
import static io.minicrm.adapter.mongo.CustomerCodec.FIRST_ORDER_AT;
import static io.minicrm.adapter.mongo.CustomerCodec.ID;
import static io.minicrm.adapter.mongo.CustomerCodec.LAST_ORDER_AT;
import static io.minicrm.adapter.mongo.CustomerCodec.ORDERS;
import static io.minicrm.adapter.mongo.CustomerCodec.SPEND;
import static io.minicrm.adapter.mongo.CustomerCodec.UPDATED_AT;
import static io.minicrm.adapter.mongo.CustomerCodec.WORKSPACE;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import io.minicrm.application.port.out.ImportedCustomer;
import io.minicrm.domain.customer.Customer;
import org.bson.Document;

/**
 * The one-document update that stores an imported customer as {@link ImportedCustomer#over} says: {@code $set} what
 * the batch gives, {@code $setOnInsert} what only a new document takes from it. Figures the batch changed are set only
 * where the stored ones are still those it found; otherwise the upsert collides with the stored customer on the unique
 * (workspace, id) index, and that duplicate key tells the batch to read the customer again.
 */
final class CustomerUpsert {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final List<String> FIGURES = List.of(SPEND, ORDERS, FIRST_ORDER_AT, LAST_ORDER_AT);

    private CustomerUpsert() {}

    /** The whole document for a customer the batch found none of, the upsert for the others. */
    static WriteModel<Document> firstTry(ImportedCustomer imported) {
        return imported.found().isEmpty()
                ? new InsertOneModel<>(CustomerCodec.toDocument(imported.customer()))
                : of(imported);
    }

    static UpdateOneModel<Document> of(ImportedCustomer imported) {
        Customer customer = imported.customer();
        Document full = CustomerCodec.toDocument(customer);
        Document filter =
                Bsons.byKey(customer.workspace().value(), customer.id().value());
        List<String> set = new ArrayList<>(CustomerCodec.PROFILE_KEYS);
        set.remove(UPDATED_AT);
        if (imported.found().isPresent()) {
            set.add(CREATED_AT);
        }
        if (imported.changesFigures()) {
            set.addAll(FIGURES);
            filter.putAll(asFound(imported.found().orElseThrow()));
        }
        Document onInsert = new Document();
        full.forEach((key, value) -> {
            if (!set.contains(key) && !List.of(WORKSPACE, ID, UPDATED_AT).contains(key)) {
                onInsert.append(key, value);
            }
        });
        Document update = Bsons.rewriting(full, set)
                .append("$max", new Document(UPDATED_AT, full.get(UPDATED_AT)))
                .append("$setOnInsert", onInsert);
        return new UpdateOneModel<>(filter, update, UPSERT);
    }

    /** The figures exactly as found; orders are only ever added to the counted ones, so their number tells them apart. */
    private static Document asFound(Customer found) {
        Document stored = CustomerCodec.toDocument(found);
        Document figures = new Document(
                COUNTED, new Document("$size", found.purchases().countedOrders().size()));
        FIGURES.forEach(
                key -> figures.append(key, stored.containsKey(key) ? stored.get(key) : new Document("$exists", false)));
        return figures;
    }
}
