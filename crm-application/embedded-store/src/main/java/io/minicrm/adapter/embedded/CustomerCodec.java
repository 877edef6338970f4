package io.minicrm.adapter.embedded;

import java.time.Instant;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.minicrm.domain.customer.AttributeValue;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.customer.PurchaseHistory;
import io.minicrm.domain.order.OrderId;
import io.minicrm.domain.shared.Money;
import io.minicrm.domain.workspace.WorkspaceId;

/** A customer with its profile, figures and counted orders; attributes keep their type by a tag. */
final class CustomerCodec implements Codec<Customer> {

    private static final int VERSION = 1;
    private static final int TEXT = 0;
    private static final int DECIMAL = 1;
    private static final int FLAG = 2;
    private static final int MOMENT = 3;

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
        WorkspaceId workspace = new WorkspaceId(input.text());
        CustomerId id = new CustomerId(input.text());
        Email email = new Email(input.text());
        Profile profile = new Profile(
                input.optionalText(),
                input.optionalText(),
                input.optionalText(),
                Set.copyOf(input.all(Input::text)),
                attributes(input));
        Currency currency = Currency.getInstance(input.text());
        PurchaseHistory purchases = new PurchaseHistory(
                new Money(input.decimal(), currency),
                input.count(),
                input.optional(Input::instant),
                input.optional(Input::instant),
                Set.copyOf(input.all(in -> new OrderId(in.text()))));
        return new Customer(workspace, id, email, profile, purchases, input.instant(), input.instant());
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
