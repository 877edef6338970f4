package io.minicrm.application.port.out;

import java.util.UUID;

/** Makes identifiers no other node will make. */
@FunctionalInterface
public interface IdGenerator {

    IdGenerator RANDOM = () -> UUID.randomUUID().toString();

    String next();
}
