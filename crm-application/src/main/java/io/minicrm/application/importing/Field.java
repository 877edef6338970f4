package io.minicrm.application.importing;

import java.util.List;

/** A value an import reads from one column, which files name in several ways (in {@link Header#key key} form). */
record Field(boolean required, List<String> aliases) {

    Field {
        aliases = List.copyOf(aliases);
    }

    static Field required(String... aliases) {
        return new Field(true, List.of(aliases));
    }

    static Field optional(String... aliases) {
        return new Field(false, List.of(aliases));
    }

    String usualName() {
        return aliases.getFirst();
    }
}
