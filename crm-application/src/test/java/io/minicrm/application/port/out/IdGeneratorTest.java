package io.minicrm.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class IdGeneratorTest {

    private final IdGenerator ids = IdGenerator.TIME_ORDERED;

    @Test
    void ids_are_version_7_uuids_in_their_canonical_text() {
        String id = ids.next();
        UUID parsed = UUID.fromString(id);

        assertThat(parsed.version()).isEqualTo(7);
        assertThat(parsed.variant()).isEqualTo(2);
        assertThat(parsed.toString()).isEqualTo(id);
    }

    @Test
    void ids_made_at_once_on_many_threads_never_repeat() {
        Set<String> made = ConcurrentHashMap.newKeySet();

        IntStream.range(0, 200_000).parallel().forEach(i -> made.add(ids.next()));

        assertThat(made).hasSize(200_000);
    }

    @Test
    void a_later_millisecond_makes_a_larger_id() throws InterruptedException {
        Set<String> earlier = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            earlier.add(ids.next());
        }
        Thread.sleep(2);

        String later = ids.next();

        assertThat(earlier).allSatisfy(id -> assertThat(id).isLessThan(later));
    }
}
