package io.minicrm.adapter.http.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.minicrm.adapter.http.FieldAlias;
import io.minicrm.adapter.http.campaign.Parameters;
import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.CustomerDraft;
import io.minicrm.domain.customer.AttributeValue;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.shared.Problem;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps customers to and from their JSON form. */
@Mapper
public interface CustomerMapper {

    FieldAlias CITY = new FieldAlias("city", "location");
    String EXTERNAL_ID_ATTRIBUTE = "external_id";
    FieldAlias EXTERNAL_ID = new FieldAlias("attributes." + EXTERNAL_ID_ATTRIBUTE, "externalId");

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

    /** The draft the client sent; a {@code CrmException} names a malformed attribute and aliases that disagree. */
    default CustomerDraft toDraft(CustomerRequest request) {
        Map<String, AttributeValue> attributes = new HashMap<>();
        if (request.attributes() != null) {
            request.attributes().forEach((name, value) -> attributes.put(name, AttributeJson.read(name, value)));
        }
        var city = CITY.read(request.city(), request.location());
        var externalId = EXTERNAL_ID.read(
                attributes.containsKey(EXTERNAL_ID_ATTRIBUTE)
                        ? String.valueOf(AttributeJson.write(attributes.get(EXTERNAL_ID_ATTRIBUTE)))
                        : null,
                request.externalId());
        List<Problem.Violation> violations = new ArrayList<>(Parameters.violations(Stream.of(city, externalId)));
        List<String> tags = request.tags() == null ? List.of() : request.tags();
        IntStream.range(0, tags.size())
                .filter(i -> tags.get(i) == null)
                .forEach(i -> violations.add(new Problem.Violation("tags[" + i + "]", "a tag is text, not null")));
        if (!violations.isEmpty()) {
            throw new CrmException(new Problem.Invalid(violations));
        }
        externalId.get().ifPresent(id -> attributes.putIfAbsent(EXTERNAL_ID_ATTRIBUTE, new AttributeValue.Text(id)));
        return new CustomerDraft(
                request.email(),
                Optional.ofNullable(request.name()),
                Optional.ofNullable(request.phone()),
                city.get(),
                Set.copyOf(tags),
                attributes);
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
