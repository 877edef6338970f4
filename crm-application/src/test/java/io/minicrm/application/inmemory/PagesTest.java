package io.minicrm.application.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Comparator;
import java.util.List;

import io.minicrm.application.port.shared.Page;
import io.minicrm.application.port.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PagesTest {

    private static final Gen<List<Integer>> ITEMS =
            lists().of(integers().between(0, 20)).ofSizeBetween(0, 60);
    private static final Gen<PageRequest> REQUESTS =
            integers().between(0, 8).zip(integers().between(1, 12), PageRequest::new);

    @Test
    void a_sorted_page_is_the_slice_of_the_fully_sorted_listing() {
        qt().withFixedSeed(20261124L).forAll(ITEMS, REQUESTS).checkAssert((items, request) -> {
            Page<Integer> page = Pages.ofSorted(items.stream(), Comparator.reverseOrder(), request);

            assertThat(page.items())
                    .isEqualTo(slice(
                            items.stream().sorted(Comparator.reverseOrder()).toList(), request));
            assertThat(page.total()).isEqualTo(items.size());
        });
    }

    private static List<Integer> slice(List<Integer> listing, PageRequest request) {
        return listing.stream().skip(request.offset()).limit(request.size()).toList();
    }
}
