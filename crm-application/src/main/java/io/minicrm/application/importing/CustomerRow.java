package io.minicrm.application.importing;

import java.time.Instant;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.minicrm.domain.customer.AttributeValue;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.customer.PurchaseHistory;
import io.minicrm.domain.workspace.WorkspaceId;

/**
 * What one row says about the customer its e-mail finds. Filled cells replace what is known; blank cells and absent
 * columns keep it, so a later row updates an earlier one only where it says something.
 */
record CustomerRow(
        long line,
        Email email,
        Optional<String> name,
        Optional<String> phone,
        Optional<String> city,
        Optional<Set<String>> tags,
        Map<String, AttributeValue> attributes,
        Optional<Instant> createdAt,
        Baseline baseline) {

    CustomerRow {
        attributes = Map.copyOf(attributes);
    }

    Customer register(WorkspaceId workspace, CustomerId id, Currency currency, Instant now) {
        return applyTo(Customer.register(workspace, id, email, Profile.EMPTY, currency, now), now);
    }

    /** The known customer as this row leaves it: the very same instance when the row changes nothing. */
    Customer applyTo(Customer known, Instant now) {
        Profile profile = applyTo(known.profile());
        PurchaseHistory purchases = baseline.applyTo(known.purchases());
        Instant created = createdAt.orElse(known.createdAt());
        if (profile.equals(known.profile())
                && purchases.equals(known.purchases())
                && created.equals(known.createdAt())) {
            return known;
        }
        Instant updated = now.isAfter(known.updatedAt()) ? now : known.updatedAt();
        return new Customer(known.workspace(), known.id(), known.email(), profile, purchases, created, updated);
    }

    private Profile applyTo(Profile known) {
        Map<String, AttributeValue> merged = new HashMap<>(known.attributes());
        merged.putAll(attributes);
        return new Profile(
                name.or(known::name), phone.or(known::phone), city.or(known::city), tags.orElse(known.tags()), merged);
    }
}
