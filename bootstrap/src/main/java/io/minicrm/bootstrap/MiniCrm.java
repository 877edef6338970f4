package io.minicrm.bootstrap;

import io.micronaut.runtime.Micronaut;

/**
 * Starts the Mini CRM service; {@code --demo} loads sample data into it. {@code copy-to-mongo} instead copies the
 * embedded store's data into MongoDB and exits.
 */
public final class MiniCrm {

    private MiniCrm() {}

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(CopyCommand.NAME)) {
            CopyCommand.run(args);
            return;
        }
        Micronaut.build(args)
                .mainClass(MiniCrm.class)
                .banner(false)
                .propertySources(SignInSettings.from(System.getenv()))
                .start();
    }
}
