package io.minicrm.application.contract;

import static io.minicrm.application.contract.Fixtures.A;
import static io.minicrm.application.contract.Fixtures.B;
import static io.minicrm.application.contract.Fixtures.NOW;
import static io.minicrm.application.contract.Fixtures.segment;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.minicrm.application.port.out.SegmentStore;
import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.segment.Operator;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.segment.Value;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** What every {@link SegmentStore} does; an adapter's test extends it and gives a new, empty store from {@link #newStore()}. */
public abstract class SegmentStoreContract {

    private SegmentStore store;

    protected abstract SegmentStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void finds_a_saved_segment() {
        Segment segment = segment(A, "s-1", NOW);

        StepVerifier.create(store.save(segment)).expectNext(segment).verifyComplete();

        assertThat(store.findById(A, segment.id()).block()).isEqualTo(segment);
    }

    @Test
    void finds_nothing_for_an_unknown_id() {
        StepVerifier.create(store.findById(A, new SegmentId("s-1"))).verifyComplete();
    }

    @Test
    void saving_a_segment_again_replaces_it() {
        Segment segment = store.save(segment(A, "s-1", NOW)).block();
        Segment redefined = segment.redefine(
                "Big spenders",
                "over 5000",
                Rule.when("total_spend", Operator.GT, Value.number(5000)),
                NOW.plusSeconds(1));

        store.save(redefined).block();

        assertThat(store.findById(A, segment.id()).block()).isEqualTo(redefined);
        assertThat(store.list(A, PageRequest.FIRST).block().total()).isEqualTo(1);
    }

    @Test
    void deletes_a_segment_once() {
        Segment segment = store.save(segment(A, "s-1", NOW)).block();

        StepVerifier.create(store.delete(A, segment.id())).expectNext(true).verifyComplete();
        StepVerifier.create(store.delete(A, segment.id())).expectNext(false).verifyComplete();
        StepVerifier.create(store.findById(A, segment.id())).verifyComplete();
    }

    @Test
    void lists_segments_newest_first_the_later_id_first_at_the_same_instant() {
        store.save(segment(A, "s-1", NOW.minusSeconds(60))).block();
        store.save(segment(A, "s-2", NOW)).block();
        store.save(segment(A, "s-3", NOW)).block();
        store.save(segment(A, "s-4", NOW.minusSeconds(120))).block();

        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 2; page++) {
            Page<Segment> segments = store.list(A, new PageRequest(page, 3)).block();
            assertThat(segments.total()).isEqualTo(4);
            segments.items().forEach(segment -> paged.add(segment.id().value()));
        }

        assertThat(paged).containsExactly("s-3", "s-2", "s-1", "s-4");
    }

    @Test
    void a_workspace_can_neither_see_nor_delete_another_workspaces_segments() {
        Segment segment = store.save(segment(A, "s-1", NOW)).block();

        StepVerifier.create(store.findById(B, segment.id())).verifyComplete();
        assertThat(store.list(B, PageRequest.FIRST).block().total()).isZero();
        StepVerifier.create(store.delete(B, segment.id())).expectNext(false).verifyComplete();

        assertThat(store.findById(A, segment.id()).block()).isEqualTo(segment);
    }

    @Test
    void two_workspaces_may_hold_segments_of_the_same_id() {
        Segment inA = store.save(segment(A, "s-1", NOW)).block();
        Segment inB = store.save(segment(B, "s-1", NOW)).block();

        assertThat(store.findById(A, inA.id()).block()).isEqualTo(inA);
        assertThat(store.findById(B, inB.id()).block()).isEqualTo(inB);
    }
}
