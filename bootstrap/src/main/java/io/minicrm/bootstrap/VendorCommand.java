package io.minicrm.bootstrap;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.minicrm.adapter.vendor.SimulatorSettings;
import io.minicrm.adapter.vendor.VendorSimulator;

/**
 * {@code vendor}: runs the vendor simulator instead of the service, on {@code CRM_VENDOR_PORT}, calling back
 * {@code CRM_VENDOR_CALLBACK_URL} with receipts signed by the service's own vendor secrets, until the process ends.
 */
final class VendorCommand {

    static final String NAME = "vendor";

    private VendorCommand() {}

    static void run(String[] args) throws IOException, InterruptedException {
        SimulatorSettings settings;
        VendorSimulator simulator;
        try (ApplicationContext context =
                ApplicationContext.builder(MiniCrm.class).args(args).build()) {
            Environment config = context.getEnvironment().start();
            String prefix = "crm.vendor.simulator.";
            settings = new SimulatorSettings(
                    config.getRequiredProperty(prefix + "port", Integer.class),
                    URI.create(config.getRequiredProperty(prefix + "callback-url", String.class)
                            .strip()),
                    config.getRequiredProperty(prefix + "seed", Long.class),
                    config.getRequiredProperty(prefix + "failure-rate", Double.class),
                    config.getRequiredProperty(prefix + "bounce-rate", Double.class),
                    config.getRequiredProperty(prefix + "latency", Duration.class),
                    config.getRequiredProperty(prefix + "callback-delay", Duration.class),
                    config.getRequiredProperty(prefix + "flaky", Boolean.class));
            simulator = VendorSimulator.start(
                    settings,
                    VendorFactory.secrets(
                            config.getRequiredProperty("crm.vendor.secret", String.class),
                            config.getRequiredProperty("crm.vendor.secrets", String.class)),
                    Clock.systemUTC());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
        new CountDownLatch(1).await();
    }
}
