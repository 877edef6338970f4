package io.minicrm.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CampaignStatusTest {

    private static final Set<String> ALLOWED = Set.of(
            "DRAFT->QUEUED",
            "DRAFT->CANCELLED",
            "QUEUED->DISPATCHING",
            "QUEUED->CANCELLED",
            "QUEUED->FAILED",
            "DISPATCHING->COMPLETED",
            "DISPATCHING->CANCELLED",
            "DISPATCHING->FAILED");

    static Stream<Arguments> everyPairOfStatuses() {
        return Arrays.stream(CampaignStatus.values())
                .flatMap(from -> Arrays.stream(CampaignStatus.values())
                        .map(to -> Arguments.of(from, to, ALLOWED.contains(from + "->" + to))));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("everyPairOfStatuses")
    void only_the_listed_moves_are_allowed(CampaignStatus from, CampaignStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }
}
