package io.minicrm.adapter.http.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import io.minicrm.application.port.in.CustomerDraft;
import io.minicrm.domain.customer.AttributeValue;
import io.minicrm.domain.customer.Customer;

/** Maps customers to and from their JSON form. */
@Mapper
public interface CustomerMapper {

    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "email", source = "email.value")
    @Mapping(target = "name", source = "profile.name")
    @Mapping(target = "phone", source = "profile.phone")
    @Mapping(target = "city", source = "profile.city")
    @Mapping(target = "tags", source = "profile.tags")
    @Mapping(target = "attributes", source = "profile.attributes")
    @Mapping(target = "totalSpend", source = "purchases.totalSpend.amount")
    @Mapping(target = "currency", source = "purchases.totalSpend.currency.currencyCode")
    @Mapping(target = "orderCount", source = "purchases.orderCount")
    @Mapping(target = "firstOrderAt", source = "purchases.firstOrderAt")
    @Mapping(target = "lastOrderAt", source = "purchases.lastOrderAt")
    CustomerResponse toResponse(Customer customer);

    default CustomerDraft toDraft(CustomerRequest request) {
        return new CustomerDraft(request.email(), Optional.ofNullable(request.name()), Optional.ofNullable(request.phone()),
                Optional.ofNullable(request.city()), request.tags() == null ? Set.of() : Set.copyOf(request.tags()),
                request.attributes() == null ? Map.of() : request.attributes().entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, entry -> AttributeJson.read(entry.getKey(), entry.getValue()))));
    }

    default String text(Optional<String> text) {
        return text.orElse(null);
    }

    default Instant instant(Optional<Instant> instant) {
        return instant.orElse(null);
    }

    default List<String> tags(Set<String> tags) {
        return tags.stream().sorted().toList();
    }

    default Map<String, Object> attributes(Map<String, AttributeValue> attributes) {
        Map<String, Object> json = new TreeMap<>();
        attributes.forEach((name, value) -> json.put(name, AttributeJson.write(value)));
        return json;
    }

    default BigDecimal amount(BigDecimal amount) {
        return amount;
    }
}
