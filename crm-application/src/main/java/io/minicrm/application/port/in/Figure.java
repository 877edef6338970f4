package io.minicrm.application.port.in;

import java.util.Objects;

/** One figure the engine computed, by name, as text ({@code "delivery rate"}, {@code "92.5%"}). */
public record Figure(String name, String value) {

    public Figure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
