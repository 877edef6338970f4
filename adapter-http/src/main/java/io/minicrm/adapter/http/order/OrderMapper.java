package io.minicrm.adapter.http.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.minicrm.adapter.http.FieldAlias;
import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.OrderDraft;
import io.minicrm.domain.order.Order;
import io.minicrm.domain.order.OrderItem;
import io.minicrm.domain.shared.Problem;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps orders to and from their JSON form. */
@Mapper
public interface OrderMapper {

    FieldAlias EXTERNAL_REF = new FieldAlias("externalRef", "externalId");
    FieldAlias PLACED_AT = new FieldAlias("placedAt", "orderDate");

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
        var externalRef = EXTERNAL_REF.read(request.externalRef(), request.externalId());
        externalRef.swap().forEach(differ -> violations.addAll(differ.violations()));
        List<OrderItem> items = OrderItems.read(request.items(), request.currency(), violations);
        var placedAtText = PLACED_AT.read(request.placedAt(), request.orderDate());
        placedAtText.swap().forEach(differ -> violations.addAll(differ.violations()));
        Optional<Instant> placedAt = Instants.read(
                PLACED_AT.usedIn(request.placedAt(), request.orderDate()),
                placedAtText.getOrElse(Optional.empty()).orElse(null),
                violations);
        if (!violations.isEmpty()) {
            throw new CrmException(new Problem.Invalid(violations));
        }
        return new OrderDraft(
                externalRef.get(),
                request.customerId(),
                request.amount(),
                Optional.ofNullable(request.currency()),
                items,
                placedAt);
    }

    default String text(Optional<String> text) {
        return text.orElse(null);
    }
}
