package io.minicrm.adapter.http.web.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

// A class of its own: an empty workspace stays empty only if no other test writes to it.
@MicronautTest
class EmptyCampaignPagesTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void the_history_of_an_empty_workspace_says_there_is_no_campaign_yet() {
        assertThat(html("/campaigns")).contains("No campaign yet.").doesNotContain("<table");
    }

    @Test
    void writing_a_campaign_without_segments_leads_to_defining_one() {
        assertThat(html("/campaigns/new")).contains("href=\"/segments\"").contains("Choose a segment…");
    }

    private String html(String path) {
        return http.toBlocking().retrieve(HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE), String.class);
    }
}
