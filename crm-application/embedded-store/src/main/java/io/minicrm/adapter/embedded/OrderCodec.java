package io.minicrm.adapter.embedded;

import java.util.Currency;

import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.order.OrderId;
import io.minicrm.domain.order.OrderItem;
import io.minicrm.domain.shared.Money;
import io.minicrm.domain.workspace.WorkspaceId;

/** An order with its items, each amount with its currency. */
final class OrderCodec implements Codec<Order> {

    private static final int VERSION = 1;

    @Override
    public byte[] encode(Order order) {
        return money(
                        new Output()
                                .number(VERSION)
                                .text(order.workspace().value())
                                .text(order.id().value())
                                .optionalText(order.externalRef())
                                .text(order.customer().value()),
                        order.amount())
                .all(
                        order.items(),
                        (output, item) -> money(output.text(item.name()).number(item.quantity()), item.unitPrice()))
                .instant(order.placedAt())
                .bytes();
    }

    @Override
    public Order decode(byte[] bytes) {
        Input input = Codec.versioned(bytes, VERSION, "order");
        return new Order(
                new WorkspaceId(input.text()),
                new OrderId(input.text()),
                input.optionalText(),
                new CustomerId(input.text()),
                money(input),
                input.all(in -> new OrderItem(in.text(), in.count(), money(in))),
                input.instant());
    }

    private static Output money(Output output, Money money) {
        return output.decimal(money.amount()).text(money.currency().getCurrencyCode());
    }

    private static Money money(Input input) {
        return new Money(input.decimal(), Currency.getInstance(input.text()));
    }
}
