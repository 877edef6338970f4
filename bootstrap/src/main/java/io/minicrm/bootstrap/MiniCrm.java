package io.minicrm.bootstrap;

import io.micronaut.runtime.Micronaut;

/** Starts the Mini CRM service; {@code --demo} loads sample data into it. */
public final class MiniCrm {

    private MiniCrm() {}

    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(MiniCrm.class)
                .banner(false)
                .propertySources(SignInSettings.from(System.getenv()))
                .start();
    }
}
