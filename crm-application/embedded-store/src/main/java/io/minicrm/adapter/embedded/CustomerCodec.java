package io.minicrm.adapter.embedded;

import java.time.Instant;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.minicrm.application.inmemory.LazyCustomer;
import io.minicrm.domain.customer.AttributeValue;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.customer.PurchaseHistory;
import io.minicrm.domain.order.OrderId;
import io.minicrm.domain.shared.Money;
import io.minicrm.domain.workspace.WorkspaceId;
import org.jspecify.annotations.Nullable;

/** A customer with its profile, figures and counted orders; attributes keep their type by a tag. */
final class CustomerCodec implements Codec<Customer> {

    private static final int VERSION = 1;
    private static final int TEXT = 0;
    private static final int DECIMAL = 1;
    private static final int FLAG = 2;
    private static final int MOMENT = 3;

    // A start reads a million customers that share a few workspaces, cities and sets of tags, and often one instant for
    // two fields: reading each as the instance already read (which Profile keeps as given when it is normalised) keeps
    // the heap smaller, and the collector's copying of it.
    private final Map<String, WorkspaceId> workspaces = new ConcurrentHashMap<>();
    private final Instances<Optional<String>> cities = new Instances<>();
    private final Instances<Set<String>> tagSets = new Instances<>();

    @Override
    public byte[] encode(Customer customer) {
        Profile profile = customer.profile();
        PurchaseHistory purchases = customer.purchases();
        Output output = new Output()
                .number(VERSION)
                .text(customer.workspace().value())
                .text(customer.id().value())
                .text(customer.email().value())
                .optionalText(profile.name())
                .optionalText(profile.phone())
                .optionalText(profile.city())
                .all(profile.tags(), Output::text)
                .all(profile.attributes().entrySet(), CustomerCodec::attribute)
                .text(purchases.totalSpend().currency().getCurrencyCode())
                .decimal(purchases.totalSpend().amount())
                .number(purchases.orderCount())
                .optional(purchases.firstOrderAt(), Output::instant)
                .optional(purchases.lastOrderAt(), Output::instant)
                .all(purchases.countedOrders(), (out, order) -> out.text(order.value()));
        return output.instant(customer.createdAt())
                .instant(customer.updatedAt())
                .bytes();
    }

    @Override
    public Customer decode(byte[] bytes) {
        Input input = Codec.versioned(bytes, VERSION, "customer");
        return rest(input, workspace(input), new CustomerId(input.text()), new Email(input.text()), null);
    }

    /**
     * The customer's keys and creation time, read now, and the rest, read when first asked for: at a start, a million
     * customers are indexed without building the rest of each, which is most of the work and of the heap a start fills.
     */
    LazyCustomer lazy(byte[] bytes) {
        Input input = Codec.versioned(bytes, VERSION, "customer");
        WorkspaceId workspace = workspace(input);
        CustomerId id = new CustomerId(input.text());
        Email email = new Email(input.text());
        Instant createdAt = createdAt(input);
        return new LazyCustomer(workspace, id, email, createdAt, () -> {
            Input again = Codec.versioned(bytes, VERSION, "customer");
            again.skipText();
            again.skipText();
            again.skipText();
            return rest(again, workspace, id, email, createdAt);
        });
    }

    /** Passes over what {@link #encode} writes between the keys and the creation time, building none of it. */
    private static Instant createdAt(Input afterKeys) {
        for (int text = 0; text < 3; text++) {
            afterKeys.skipOptional(Input::skipText);
        }
        afterKeys.each(Input::skipText);
        afterKeys.each(CustomerCodec::skipAttribute);
        afterKeys.skipText();
        afterKeys.skipDecimal();
        afterKeys.number();
        afterKeys.skipOptional(Input::skipInstant);
        afterKeys.skipOptional(Input::skipInstant);
        afterKeys.each(Input::skipText);
        return afterKeys.instant();
    }

    private WorkspaceId workspace(Input input) {
        return workspaces.computeIfAbsent(input.text(), WorkspaceId::new);
    }

    /** The customer of these keys, from the fields that follow them; with its creation time when it is known already. */
    private Customer rest(
            Input input, WorkspaceId workspace, CustomerId id, Email email, @Nullable Instant knownCreatedAt) {
        Profile profile = new Profile(
                input.optionalText(),
                input.optionalText(),
                cities.of(input.optionalText()),
                tagSets.of(Set.copyOf(input.all(Input::text))),
                attributes(input));
        Currency currency = Currency.getInstance(input.text());
        Money totalSpend = new Money(input.decimal(), currency);
        int orderCount = input.count();
        Optional<Instant> firstOrderAt = input.optional(Input::instant);
        Optional<Instant> lastOrderAt = sameOr(firstOrderAt, input.optional(Input::instant));
        PurchaseHistory purchases = new PurchaseHistory(
                totalSpend, orderCount, firstOrderAt, lastOrderAt, Set.copyOf(input.all(in -> new OrderId(in.text()))));
        Instant createdAt = sameOr(knownCreatedAt, input.instant());
        return new Customer(workspace, id, email, profile, purchases, createdAt, sameOr(createdAt, input.instant()));
    }

    private static <V> V sameOr(@Nullable V earlier, V read) {
        return read.equals(earlier) ? earlier : read;
    }

    /** The one instance of each value read, while there are few enough to keep; codecs decode from two threads. */
    private static final class Instances<V> {

        private static final int MOST = 4_096;

        private final Map<V, V> known = new ConcurrentHashMap<>();

        V of(V value) {
            V instance = known.get(value);
            if (instance != null) {
                return instance;
            }
            if (known.size() >= MOST) {
                return value;
            }
            V raced = known.putIfAbsent(value, value);
            return raced == null ? value : raced;
        }
    }

    private static void attribute(Output output, Map.Entry<String, AttributeValue> attribute) {
        output.text(attribute.getKey());
        switch (attribute.getValue()) {
            case AttributeValue.Text(String text) -> output.number(TEXT).text(text);
            case AttributeValue.Decimal(java.math.BigDecimal number) ->
                output.number(DECIMAL).decimal(number);
            case AttributeValue.Flag(boolean flag) -> output.number(FLAG).flag(flag);
            case AttributeValue.Moment(Instant instant) -> output.number(MOMENT).instant(instant);
        }
    }

    private static void skipAttribute(Input input) {
        input.skipText();
        switch (input.count()) {
            case TEXT -> input.skipText();
            case DECIMAL -> input.skipDecimal();
            case FLAG -> input.flag();
            case MOMENT -> input.skipInstant();
            default -> throw new IllegalStateException("an attribute has an unknown type");
        }
    }

    private static Map<String, AttributeValue> attributes(Input input) {
        int size = input.count();
        Map<String, AttributeValue> attributes = HashMap.newHashMap(size);
        for (int index = 0; index < size; index++) {
            String name = input.text();
            int type = input.count();
            attributes.put(
                    name,
                    switch (type) {
                        case TEXT -> new AttributeValue.Text(input.text());
                        case DECIMAL -> new AttributeValue.Decimal(input.decimal());
                        case FLAG -> new AttributeValue.Flag(input.flag());
                        case MOMENT -> new AttributeValue.Moment(input.instant());
                        default -> throw new IllegalStateException("attribute " + name + " has unknown type " + type);
                    });
        }
        return attributes;
    }
}
