package io.minicrm.application;

import java.time.Clock;
import java.util.Currency;
import java.util.Objects;

import io.minicrm.application.port.out.IdGenerator;
import io.minicrm.domain.segment.FieldCatalogue;

/**
 * How an engine keeps its workspaces: the currency money is kept in, the fields rules may name, the clock (whose zone
 * decides where calendar days begin) and how new ids are made.
 */
public record CrmSettings(Currency currency, FieldCatalogue catalogue, Clock clock, IdGenerator ids) {

    public CrmSettings {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(ids, "ids");
    }

    public static CrmSettings defaults() {
        return new CrmSettings(
                Currency.getInstance("INR"), FieldCatalogue.standard(), Clock.systemUTC(), IdGenerator.TIME_ORDERED);
    }
}
