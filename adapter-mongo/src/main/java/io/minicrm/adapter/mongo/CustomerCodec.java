package io.minicrm.adapter.mongo;

import static io.minicrm.adapter.mongo.Bsons.putPresent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.minicrm.domain.customer.AttributeValue;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.customer.PurchaseHistory;
import io.minicrm.domain.order.OrderId;
import io.minicrm.domain.shared.Money;
import io.minicrm.domain.workspace.WorkspaceId;
import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * Maps a customer to its document and back. Besides the customer's own values the document keeps what queries need:
 * case-folded copies of text ({@code fold}), the lower-cased name and e-mail that listings search ({@code search}).
 * Attributes keep their type as the BSON type (a date-time as {@code {at: seconds}}), so that a condition on an
 * attribute of another type than declared finds nothing, as the domain wants.
 */
final class CustomerCodec {

    static final int VERSION = 1;
    static final String WORKSPACE = "ws";
    static final String ID = "id";
    static final String EMAIL = "email";
    static final String NAME = "name";
    static final String PHONE = "phone";
    static final String CITY = "city";
    static final String TAGS = "tags";
    static final String ATTRIBUTES = "attrs";
    static final String MOMENT = "at";
    static final String FOLD = "fold";
    static final String SEARCH = "search";
    static final String CREATED_AT = "createdAt";
    static final String UPDATED_AT = "updatedAt";
    static final String CURRENCY = "currency";
    static final String SPEND = "spend";
    static final String ORDERS = "orders";
    static final String FIRST_ORDER_AT = "firstOrderAt";
    static final String LAST_ORDER_AT = "lastOrderAt";
    static final String COUNTED = "counted";

    /** The keys a change of e-mail or profile rewrites; the figures and creation time are not among them. */
    static final List<String> PROFILE_KEYS =
            List.of(EMAIL, NAME, PHONE, CITY, TAGS, ATTRIBUTES, FOLD, SEARCH, UPDATED_AT);

    private CustomerCodec() {}

    static Document toDocument(Customer customer) {
        Profile profile = customer.profile();
        PurchaseHistory purchases = customer.purchases();
        Document document = Bsons.versioned(VERSION)
                .append(WORKSPACE, customer.workspace().value())
                .append(ID, customer.id().value())
                .append(EMAIL, customer.email().value());
        putPresent(document, NAME, profile.name());
        putPresent(document, PHONE, profile.phone());
        putPresent(document, CITY, profile.city());
        document.append(TAGS, profile.tags().stream().sorted().toList())
                .append(ATTRIBUTES, attributes(profile.attributes()))
                .append(FOLD, folded(customer))
                .append(SEARCH, searched(customer))
                .append(CREATED_AT, Bsons.instant(customer.createdAt()))
                .append(UPDATED_AT, Bsons.instant(customer.updatedAt()))
                .append(CURRENCY, purchases.totalSpend().currency().getCurrencyCode())
                .append(
                        SPEND,
                        Bsons.decimal("totalSpend", purchases.totalSpend().amount()))
                .append(ORDERS, purchases.orderCount());
        putPresent(document, FIRST_ORDER_AT, purchases.firstOrderAt().map(Bsons::instant));
        putPresent(document, LAST_ORDER_AT, purchases.lastOrderAt().map(Bsons::instant));
        return document.append(
                COUNTED,
                purchases.countedOrders().stream().map(OrderId::value).sorted().toList());
    }

    static Customer toCustomer(Document document) {
        Profile profile = new Profile(
                Bsons.text(document, NAME),
                Bsons.text(document, PHONE),
                Bsons.text(document, CITY),
                Set.copyOf(Bsons.texts(document, TAGS)),
                attributes(document.get(ATTRIBUTES, Document.class)));
        Currency currency = Currency.getInstance(document.getString(CURRENCY));
        Set<OrderId> counted =
                Bsons.texts(document, COUNTED).stream().map(OrderId::new).collect(Collectors.toSet());
        PurchaseHistory purchases = new PurchaseHistory(
                new Money(Bsons.decimal(document.get(SPEND)), currency),
                ((Number) document.get(ORDERS)).intValue(),
                Bsons.instant(document, FIRST_ORDER_AT),
                Bsons.instant(document, LAST_ORDER_AT),
                counted);
        return new Customer(
                new WorkspaceId(document.getString(WORKSPACE)),
                new CustomerId(document.getString(ID)),
                new Email(document.getString(EMAIL)),
                profile,
                purchases,
                Bsons.instant(document.get(CREATED_AT)),
                Bsons.instant(document.get(UPDATED_AT)));
    }

    private static Document attributes(Map<String, AttributeValue> attributes) {
        Document document = new Document();
        attributes.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> document.append(
                        entry.getKey(),
                        switch (entry.getValue()) {
                            case AttributeValue.Text(String text) -> text;
                            case AttributeValue.Decimal(java.math.BigDecimal number) ->
                                Bsons.decimal("attributes." + entry.getKey(), number);
                            case AttributeValue.Flag(boolean flag) -> flag;
                            case AttributeValue.Moment(Instant instant) -> new Document(MOMENT, Bsons.instant(instant));
                        }));
        return document;
    }

    private static Map<String, AttributeValue> attributes(Document stored) {
        Map<String, AttributeValue> attributes = new HashMap<>();
        stored.forEach((name, value) -> attributes.put(
                name,
                switch (value) {
                    case String text -> new AttributeValue.Text(text);
                    case Decimal128 number -> new AttributeValue.Decimal(number.bigDecimalValue());
                    case Boolean flag -> new AttributeValue.Flag(flag);
                    case Document moment -> new AttributeValue.Moment(Bsons.instant(moment.get(MOMENT)));
                    default ->
                        throw new IllegalStateException("attribute " + name + " is stored as "
                                + value.getClass().getSimpleName());
                }));
        return attributes;
    }

    private static Document folded(Customer customer) {
        Profile profile = customer.profile();
        Document fold = new Document(EMAIL, TextFold.fold(customer.email().value()));
        putPresent(fold, NAME, profile.name().map(TextFold::fold));
        putPresent(fold, PHONE, profile.phone().map(TextFold::fold));
        putPresent(fold, CITY, profile.city().map(TextFold::fold));
        Document attributes = new Document();
        profile.attributes().forEach((name, value) -> {
            if (value instanceof AttributeValue.Text(String text)) {
                attributes.append(name, TextFold.fold(text));
            }
        });
        return fold.append(ATTRIBUTES, attributes);
    }

    /** What a listing's search looks in, lower-cased as the in-memory listing compares them. */
    private static List<String> searched(Customer customer) {
        List<String> searched = new ArrayList<>(2);
        searched.add(customer.email().value());
        customer.profile().name().map(name -> name.toLowerCase(Locale.ROOT)).ifPresent(searched::add);
        return searched;
    }
}
