package io.minicrm.adapter.http.web.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.minicrm.application.port.in.RuleSource;
import io.minicrm.application.port.in.SegmentDraft;
import io.minicrm.application.port.in.Segments;
import io.minicrm.domain.workspace.WorkspaceId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

// The first test needs the workspace without segments; the others add theirs.
@MicronautTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SegmentPagesTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Segments segments;

    @Test
    @Order(1)
    void an_empty_workspace_lists_no_segments_and_offers_a_new_one() {
        String page = html("/segments");

        assertThat(page).contains("No segments yet").contains("href=\"/segments/new\"");
    }

    @Test
    @Order(2)
    void a_segment_named_like_a_script_shows_as_text_in_the_list_and_the_builder() {
        String id = define(SCRIPT, "city = \"" + SCRIPT + "\"");

        String list = html("/segments");
        String builder = html("/segments/" + id);

        assertThat(list).contains(ESCAPED).doesNotContain(SCRIPT);
        // In an attribute's value JTE escapes what could end the attribute or open a tag.
        assertThat(builder)
                .contains("value=\"&lt;script>alert(1)&lt;/script>\"")
                .doesNotContain(SCRIPT);
    }

    @Test
    @Order(3)
    void a_segment_opens_in_the_builder_with_its_rule_and_the_catalogue() {
        String id = define("Big spenders", "total_spend > 5000");

        String page = html("/segments/" + id);

        assertThat(page)
                .contains("<title>Big spenders · Mini CRM</title>")
                .contains("<rule-builder")
                .contains("&#34;field&#34;:&#34;total_spend&#34;,&#34;op&#34;:&#34;gt&#34;,&#34;value&#34;:5000")
                .contains("&#34;name&#34;:&#34;last_order_at&#34;,&#34;type&#34;:&#34;datetime&#34;")
                .contains("data-segment-id=\"" + id + "\"")
                .contains("Save segment");
    }

    @Test
    @Order(4)
    void a_new_segment_starts_from_everyone() {
        String page = html("/segments/new");

        assertThat(page)
                .contains("data-rule=\"{&#34;all&#34;:[]}\"")
                .contains("Create segment")
                .contains("Describe your audience")
                .doesNotContain("data-segment-id");
    }

    @Test
    @Order(5)
    void a_segments_size_is_its_audience_now() {
        http.toBlocking()
                .exchange(HttpRequest.POST("/api/customers", Map.of("email", "ravi@example.com", "city", "Wardha")));
        String id = define("Wardha", "city = \"Wardha\"");

        assertThat(html("/segments/" + id + "/size")).contains("<span class=\"audience-size\">1</span>");
    }

    @Test
    @Order(6)
    void an_unknown_segment_is_not_found() {
        HttpClientResponseException missing =
                catchThrowableOfType(HttpClientResponseException.class, () -> html("/segments/no-such-segment"));

        assertThat(missing.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
    }

    private String html(String path) {
        return http.toBlocking().retrieve(HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE), String.class);
    }

    private String define(String name, String rule) {
        return segments.define(WorkspaceId.DEFAULT, new SegmentDraft(name, "", new RuleSource.Text(rule), "test"))
                .block()
                .id()
                .value();
    }
}
