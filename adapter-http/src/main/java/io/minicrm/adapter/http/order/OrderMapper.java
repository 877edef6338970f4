package io.minicrm.adapter.http.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.OrderDraft;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.order.OrderItem;
import io.minicrm.domain.shared.Problem;

/** Maps orders to and from their JSON form. */
@Mapper
public interface OrderMapper {

    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "customerId", source = "customer.value")
    @Mapping(target = "amount", source = "amount.amount")
    @Mapping(target = "currency", source = "amount.currency.currencyCode")
    OrderResponse toResponse(Order order);

    @Mapping(target = "unitPrice", source = "unitPrice.amount")
    OrderResponse.Item toResponse(OrderItem item);

    /** The draft the client sent; a {@code CrmException} names every malformed item and a malformed {@code placedAt}. */
    default OrderDraft toDraft(OrderRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        List<OrderItem> items = OrderItems.read(request.items(), request.currency(), violations);
        Optional<Instant> placedAt = Instants.read("placedAt", request.placedAt(), violations);
        if (!violations.isEmpty()) {
            throw new CrmException(new Problem.Invalid(violations));
        }
        return new OrderDraft(Optional.ofNullable(request.externalRef()), request.customerId(), request.amount(),
                Optional.ofNullable(request.currency()), items, placedAt);
    }

    default String text(Optional<String> text) {
        return text.orElse(null);
    }
}
