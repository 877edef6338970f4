package io.minicrm.bootstrap;

import java.io.IOException;
import java.util.Map;

import io.micronaut.runtime.Micronaut;

/**
 * Starts the Mini CRM service; {@code --demo} loads sample data into it. {@code copy-to-mongo} instead copies the
 * embedded store's data into MongoDB and exits; {@code vendor} runs the vendor simulator; {@code training-run} is what
 * the build runs to write the service's ahead-of-time cache.
 */
public final class MiniCrm {

    private MiniCrm() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length > 0 && args[0].equals(CopyCommand.NAME)) {
            CopyCommand.run(args);
            return;
        }
        if (args.length > 0 && args[0].equals(VendorCommand.NAME)) {
            VendorCommand.run(args);
            return;
        }
        if (args.length > 0 && args[0].equals(TrainingRun.NAME)) {
            TrainingRun.run();
            return;
        }
        service(args, System.getenv()).start();
    }

    /** The service as configured by the command line and {@code environment}, ready to start. */
    static Micronaut service(String[] args, Map<String, String> environment) {
        return Micronaut.build(args)
                .singletons(EarlyEmbeddedStorage.begin(environment).stream().toArray())
                .mainClass(MiniCrm.class)
                .banner(false)
                .propertySources(SignInSettings.from(environment));
    }
}
