package io.minicrm.application.importing;

import java.time.Instant;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.minicrm.application.port.shared.Rejection;
import io.minicrm.domain.customer.AttributeValue;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.customer.PurchaseHistory;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.workspace.WorkspaceId;
import io.vavr.control.Either;

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

    Either<Rejection, Customer> register(WorkspaceId workspace, CustomerId id, Currency currency, Instant now) {
        return applyTo(Customer.register(workspace, id, email, Profile.EMPTY, currency, now), now);
    }

    /**
     * The known customer as this row leaves it: the very same instance when the row changes nothing. Refused when the
     * attributes it adds to those already known would take the customer past a profile's limits.
     */
    Either<Rejection, Customer> applyTo(Customer known, Instant now) {
        return applyTo(known.profile())
                .mapLeft(refusal -> new Rejection(line, Optional.empty(), refusal.message()))
                .map(profile -> applyTo(known, profile, now));
    }

    private Customer applyTo(Customer known, Profile profile, Instant now) {
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

    private Either<Problem.Invalid, Profile> applyTo(Profile known) {
        Map<String, AttributeValue> merged = new HashMap<>(known.attributes());
        merged.putAll(attributes);
        return Profile.of(
                name.or(known::name), phone.or(known::phone), city.or(known::city), tags.orElse(known.tags()), merged);
    }
}
