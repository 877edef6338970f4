package io.minicrm.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import io.minicrm.application.port.out.MessageWriter;
import io.minicrm.application.port.out.MessageWriter.Brief;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.template.MessageTemplate;
import io.minicrm.domain.template.PlaceholderCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every {@link MessageWriter} does: its proposals are templates a campaign can use as they are. An adapter's
 * test extends it and gives a new writer from {@link #newWriter()}; a writer over a remote model is best tested
 * against a recorded or stand-in one, as the answers must be checked, not merely received.
 */
public abstract class MessageWriterContract {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private MessageWriter writer;

    protected abstract MessageWriter newWriter();

    @BeforeEach
    void createWriter() {
        writer = newWriter();
    }

    private List<String> propose(Brief brief) {
        return writer.propose(brief).collectList().block(PATIENCE);
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    void proposes_at_least_one_and_at_most_as_many_distinct_templates_as_asked_none_blank(Channel channel) {
        List<String> proposals = propose(new Brief(
                "Win back customers who have not ordered in 90 days",
                "Lapsed",
                "last_order_at more than 90 days ago",
                channel,
                List.of(),
                3));

        assertThat(proposals).hasSizeBetween(1, 3).doesNotHaveDuplicates().noneMatch(String::isBlank);
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    void every_proposal_is_a_template_of_the_standard_fields_and_the_briefs_variables(Channel channel) {
        List<String> variables = List.of("discount", "promo_code");
        List<String> proposals = propose(new Brief(
                "Diwali sale: 20% off everything", "Big spenders", "total_spend > 5000", channel, variables, 5));

        PlaceholderCatalogue known = new PlaceholderCatalogue(FieldCatalogue.standard(), Set.copyOf(variables));
        assertThat(proposals)
                .isNotEmpty()
                .allSatisfy(text -> assertThat(
                                MessageTemplate.parse("body", text, known).isRight())
                        .as("a template with known placeholders only: %s", text)
                        .isTrue());
    }

    @Test
    void a_text_message_proposal_is_one_line() {
        List<String> proposals = propose(new Brief("Say thank you", "Everyone", "all()", Channel.SMS, List.of(), 3));

        assertThat(proposals).isNotEmpty().noneMatch(text -> text.contains("\n") || text.contains("\r"));
    }

    @Test
    void briefs_given_at_once_from_several_threads_are_each_answered() {
        List<List<String>> answers = Concurrently.call(
                20,
                n -> writer.propose(new Brief("Goal " + n, "Everyone", "all()", Channel.EMAIL, List.of(), 2))
                        .collectList());

        assertThat(answers)
                .hasSize(20)
                .allSatisfy(proposals -> assertThat(proposals).hasSizeBetween(1, 2));
    }
}
