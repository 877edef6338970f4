package io.minicrm.application.port.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class EventChannelTest {

    @Test
    void channels_bear_the_names_users_know() {
        assertThat(Arrays.stream(EventChannel.values()).map(EventChannel::channelName))
                .containsExactly(
                        "customer:created",
                        "customer:updated",
                        "customer:deleted",
                        "order:created",
                        "segmentRule:created",
                        "segmentRule:updated",
                        "segmentRule:deleted",
                        "campaign:created",
                        "campaign:scheduled",
                        "campaign:queued",
                        "campaign:dispatching",
                        "campaign:cancelled",
                        "campaign:completed",
                        "delivery:updated",
                        "import:batch");
    }

    @Test
    void a_channel_is_found_by_its_name_and_only_by_it() {
        assertThat(EventChannel.named("segmentRule:created")).contains(EventChannel.SEGMENT_CREATED);
        assertThat(EventChannel.named("SEGMENT_CREATED")).isEmpty();
    }
}
