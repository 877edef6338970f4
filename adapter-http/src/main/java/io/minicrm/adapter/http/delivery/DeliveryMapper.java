package io.minicrm.adapter.http.delivery;

import java.util.Optional;

import io.minicrm.domain.delivery.Delivery;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps deliveries to their JSON form. */
@Mapper
public interface DeliveryMapper {

    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "campaignId", source = "campaign.value")
    @Mapping(target = "customerId", source = "customer.value")
    @Mapping(target = "subject", source = "message.subject")
    @Mapping(target = "message", source = "message.body")
    DeliveryResponse toResponse(Delivery delivery);

    default String text(Optional<String> text) {
        return text.orElse(null);
    }
}
