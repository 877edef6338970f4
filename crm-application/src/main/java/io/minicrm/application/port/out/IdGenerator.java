package io.minicrm.application.port.out;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Makes identifiers that no other node or workspace will make (delivery ids rely on campaign ids being so). */
@FunctionalInterface
public interface IdGenerator {

    /**
     * Version 7 UUIDs: time-ordered, so that stores add new ids at one end of their indexes, with 74 random bits
     * against collisions between nodes; unlike {@link UUID#randomUUID()} no shared secure generator is contended.
     */
    IdGenerator TIME_ORDERED = IdGenerator::uuidVersion7;

    String next();

    private static String uuidVersion7() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long millis = System.currentTimeMillis() & 0xFFFF_FFFF_FFFFL;
        long mostSignificant = millis << 16 | 0x7000L | random.nextInt(1 << 12);
        long leastSignificant = 0x8000_0000_0000_0000L | random.nextLong() >>> 2;
        return new UUID(mostSignificant, leastSignificant).toString();
    }
}
