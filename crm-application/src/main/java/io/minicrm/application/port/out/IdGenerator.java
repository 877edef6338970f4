package io.minicrm.application.port.out;

import java.util.UUID;

/** Makes identifiers that no other node or workspace will make (delivery ids rely on campaign ids being so). */
@FunctionalInterface
public interface IdGenerator {

    IdGenerator RANDOM = () -> UUID.randomUUID().toString();

    String next();
}
