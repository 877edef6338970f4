package io.minicrm.domain.workspace;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Objects;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A team's data: the currency its money is kept in and the time zone its calendar days are counted in.
 */
@AggregateRoot
public record Workspace(@Identity WorkspaceId id, String name, Currency currency, ZoneId zone) {

    public Workspace {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(zone, "zone");
        name = name == null || name.isBlank() ? id.value() : name.strip();
    }
}
