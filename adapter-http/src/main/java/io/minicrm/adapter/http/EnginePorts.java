package io.minicrm.adapter.http;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.minicrm.application.Crm;
import io.minicrm.application.port.in.Assistant;
import io.minicrm.application.port.in.Campaigns;
import io.minicrm.application.port.in.Customers;
import io.minicrm.application.port.in.Deliveries;
import io.minicrm.application.port.in.Identity;
import io.minicrm.application.port.in.Imports;
import io.minicrm.application.port.in.Insights;
import io.minicrm.application.port.in.LiveEvents;
import io.minicrm.application.port.in.Orders;
import io.minicrm.application.port.in.Segments;
import io.minicrm.application.port.in.Suppressions;
import jakarta.inject.Singleton;

/** Offers the controllers the use cases of the engine the application context holds, however it was built. */
@Factory
@Requires(beans = Crm.class)
class EnginePorts {

    @Singleton
    Customers customers(Crm crm) {
        return crm.customers();
    }

    @Singleton
    Orders orders(Crm crm) {
        return crm.orders();
    }

    @Singleton
    Segments segments(Crm crm) {
        return crm.segments();
    }

    @Singleton
    Campaigns campaigns(Crm crm) {
        return crm.campaigns();
    }

    @Singleton
    Deliveries deliveries(Crm crm) {
        return crm.deliveries();
    }

    @Singleton
    Insights insights(Crm crm) {
        return crm.insights();
    }

    @Singleton
    Imports imports(Crm crm) {
        return crm.imports();
    }

    @Singleton
    Assistant assistant(Crm crm) {
        return crm.assistant();
    }

    @Singleton
    Suppressions suppressions(Crm crm) {
        return crm.suppressions();
    }

    @Singleton
    LiveEvents events(Crm crm) {
        return crm.events();
    }

    @Singleton
    Identity identity(Crm crm) {
        return crm.identity();
    }
}
