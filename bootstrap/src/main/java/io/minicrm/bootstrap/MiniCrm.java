package io.minicrm.bootstrap;

import java.io.IOException;

import io.micronaut.runtime.Micronaut;

/**
 * Starts the Mini CRM service; {@code --demo} loads sample data into it. {@code copy-to-mongo} instead copies the
 * embedded store's data into MongoDB and exits; {@code vendor} runs the vendor simulator.
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
        Micronaut.build(args)
                .singletons(EarlyEmbeddedStorage.begin(System.getenv()).stream().toArray())
                .mainClass(MiniCrm.class)
                .banner(false)
                .propertySources(SignInSettings.from(System.getenv()))
                .start();
    }
}
