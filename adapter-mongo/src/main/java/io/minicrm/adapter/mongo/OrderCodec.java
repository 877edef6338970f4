package io.minicrm.adapter.mongo;

import java.util.Currency;
import java.util.List;

import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.order.OrderId;
import io.minicrm.domain.order.OrderItem;
import io.minicrm.domain.shared.Money;
import io.minicrm.domain.workspace.WorkspaceId;
import org.bson.Document;

/** Maps an order to its document and back; the external reference is left out when the order has none. */
final class OrderCodec {

    static final int VERSION = 1;
    static final String WORKSPACE = "ws";
    static final String ID = "id";
    static final String REF = "ref";
    /** The workspace and external reference in one key, absent without a reference, for a sparse unique index. */
    static final String WORKSPACE_REF = "wsRef";

    static final String CUSTOMER = "customer";
    static final String AMOUNT = "amount";
    static final String CURRENCY = "currency";
    static final String ITEMS = "items";
    static final String PLACED_AT = "placedAt";

    private OrderCodec() {}

    static Document toDocument(Order order) {
        Document document = Bsons.versioned(VERSION)
                .append(WORKSPACE, order.workspace().value())
                .append(ID, order.id().value());
        Bsons.putPresent(document, REF, order.externalRef());
        Bsons.putPresent(document, WORKSPACE_REF, order.externalRef().map(ref -> workspaceRef(order.workspace(), ref)));
        return document.append(CUSTOMER, order.customer().value())
                .append(AMOUNT, Bsons.decimal("amount", order.amount().amount()))
                .append(CURRENCY, order.amount().currency().getCurrencyCode())
                .append(
                        ITEMS,
                        order.items().stream()
                                .map(item -> new Document("name", item.name())
                                        .append("quantity", item.quantity())
                                        .append(
                                                "unitPrice",
                                                Bsons.decimal(
                                                        "items.unitPrice",
                                                        item.unitPrice().amount()))
                                        .append(
                                                CURRENCY,
                                                item.unitPrice().currency().getCurrencyCode()))
                                .toList())
                .append(PLACED_AT, Bsons.instant(order.placedAt()));
    }

    static String workspaceRef(WorkspaceId workspace, String ref) {
        return workspace.value() + "/" + ref;
    }

    static Order toOrder(Document document) {
        List<OrderItem> items = document.getList(ITEMS, Document.class, List.of()).stream()
                .map(item ->
                        new OrderItem(item.getString("name"), item.getInteger("quantity"), money(item, "unitPrice")))
                .toList();
        return new Order(
                new WorkspaceId(document.getString(WORKSPACE)),
                new OrderId(document.getString(ID)),
                Bsons.text(document, REF),
                new CustomerId(document.getString(CUSTOMER)),
                money(document, AMOUNT),
                items,
                Bsons.instant(document.get(PLACED_AT)));
    }

    private static Money money(Document document, String key) {
        return new Money(Bsons.decimal(document.get(key)), Currency.getInstance(document.getString(CURRENCY)));
    }
}
