package io.minicrm.bootstrap;

import java.util.Locale;
import java.util.Set;

import io.micronaut.context.exceptions.ConfigurationException;

/** Checks that a configured adapter name is one this build has, and says which are when it is not. */
final class AdapterChoice {

    private AdapterChoice() {
    }

    static void require(String variable, String configured, Set<String> available) {
        if (!available.contains(normalised(configured))) {
            throw new ConfigurationException(variable + "=" + configured + " is not available; choose one of "
                    + String.join(", ", available.stream().sorted().toList()));
        }
    }

    static boolean is(String configured, String adapter) {
        return normalised(configured).equals(adapter);
    }

    private static String normalised(String configured) {
        return configured.strip().toLowerCase(Locale.ROOT);
    }
}
