package io.minicrm.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.FieldType;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.shared.DateLimits;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.shared.Problem.Violation;
import io.minicrm.domain.workspace.WorkspaceId;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CampaignLimitsTest {

    private static final Instant NOW = Instant.parse("2026-11-24T07:00:00Z");
    private static final FieldCatalogue FIELDS = FieldCatalogue.standard().withAttribute("note", FieldType.TEXT);

    private static Either<Problem, Campaign> draft(
            Channel channel, Optional<String> subject, String body, Map<String, String> variables) {
        return Campaign.draft(
                WorkspaceId.DEFAULT,
                new CampaignId("c"),
                new NewCampaign("Sale", new SegmentId("s"), channel, subject, body, variables),
                FIELDS,
                "",
                NOW);
    }

    private static List<Violation> violations(Either<Problem, Campaign> drafted) {
        return ((Problem.Invalid) drafted.getLeft()).violations();
    }

    @Test
    void an_sms_renders_to_at_most_1600_characters_with_each_placeholder_at_its_longest() {
        // A name has at most 100 characters: 1,500 of text and the name reach the limit exactly.
        assertThat(draft(Channel.SMS, Optional.empty(), "x".repeat(1_500) + "{{name}}", Map.of())
                        .isRight())
                .isTrue();
        assertThat(violations(draft(Channel.SMS, Optional.empty(), "x".repeat(1_501) + "{{name}}", Map.of())))
                .containsExactly(new Violation(
                        "body",
                        "an SMS message has at most 1600 characters, each placeholder "
                                + "counted at its longest: this one can reach 1601"));
    }

    @Test
    void a_fallback_longer_than_its_field_counts_at_its_own_length_and_a_variable_at_its_value() {
        // The city counts 150, its fallback's length, rather than a city's 100: 150 + 12 names of 100 + 251.
        String body = "{{city|" + "f".repeat(150) + "}}" + "{{name}}".repeat(12) + "x".repeat(251);
        assertThat(violations(draft(Channel.SMS, Optional.empty(), body, Map.of())))
                .extracting(Violation::message)
                .singleElement()
                .asString()
                .endsWith("this one can reach 1601");
        assertThat(violations(draft(
                        Channel.SMS,
                        Optional.empty(),
                        "{{a}}{{b}}",
                        Map.of("a", "a".repeat(900), "b", "b".repeat(701)))))
                .extracting(Violation::message)
                .singleElement()
                .asString()
                .endsWith("this one can reach 1601");
    }

    @Test
    void an_e_mail_subject_renders_to_at_most_500_characters_and_its_message_to_100000() {
        assertThat(draft(Channel.EMAIL, Optional.of("Hi {{name}} of {{city}}, your {{attr.note}}"), "Hi", Map.of())
                        .isRight())
                .isTrue();
        assertThat(violations(draft(
                        Channel.EMAIL, Optional.of("Hi {{attr.note}}{{attr.note}}{{attr.note}}"), "Hi", Map.of())))
                .containsExactly(new Violation(
                        "subject",
                        "an e-mail's subject has at most 500 characters, each "
                                + "placeholder counted at its longest: this one can reach 603"));
        assertThat(draft(Channel.EMAIL, Optional.of("Hi {{name}}"), "b".repeat(100_000), Map.of())
                        .isRight())
                .isTrue();
    }

    @Test
    @Timeout(2)
    void a_message_of_megabytes_is_refused_as_written_before_it_is_read() {
        String nineMegabytes = "{{name}}".repeat(9 * 1024 * 1024 / 8);

        assertThat(violations(draft(Channel.EMAIL, Optional.of("Hi"), nineMegabytes, Map.of())))
                .containsExactly(new Violation("body", "an e-mail's message has at most 100000 characters"));
    }

    @Test
    void a_name_and_variables_keep_to_their_limits() {
        Map<String, String> variables =
                IntStream.range(0, 51).boxed().collect(Collectors.toMap(i -> "v" + i, i -> "x"));

        assertThat(violations(draft(Channel.SMS, Optional.empty(), "Hi", variables)))
                .containsExactly(new Violation("variables", "a campaign has at most 50 variables"));
        assertThat(violations(draft(Channel.SMS, Optional.empty(), "Hi", Map.of("code", "x\u0000"))))
                .containsExactly(
                        new Violation("variables.code", "a variable's value has no line breaks or control characters"));
        assertThat(violations(Campaign.draft(
                        WorkspaceId.DEFAULT,
                        new CampaignId("c"),
                        new NewCampaign(
                                "n".repeat(201), new SegmentId("s"), Channel.SMS, Optional.empty(), "Hi", Map.of()),
                        FIELDS,
                        "",
                        NOW)))
                .containsExactly(new Violation("name", "a campaign's name has at most 200 characters"));
    }

    @Test
    void a_schedule_lies_in_the_kept_years() {
        Campaign draft = draft(Channel.SMS, Optional.empty(), "Hi", Map.of()).get();

        assertThat(draft.schedule(Instant.parse("+999999999-01-01T00:00:00Z"), NOW)
                        .getLeft())
                .isEqualTo(Problem.Invalid.of("scheduledAt", DateLimits.RULE));
        assertThat(draft.schedule(Instant.parse("2027-01-01T00:00:00Z"), NOW).isRight())
                .isTrue();
    }
}
