package io.minicrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.value.MapPropertyResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AdapterChoiceTest {

    static Stream<Arguments> every_adapter_of_every_selector() {
        return Stream.of(
                Arguments.of(AdapterChoice.STORAGE, "memory"),
                Arguments.of(AdapterChoice.STORAGE, "embedded"),
                Arguments.of(AdapterChoice.STORAGE, "mongo"),
                Arguments.of(AdapterChoice.EVENTS, "memory"),
                Arguments.of(AdapterChoice.EVENTS, "redis"),
                Arguments.of(AdapterChoice.CACHE, "memory"),
                Arguments.of(AdapterChoice.CACHE, "redis"),
                Arguments.of(AdapterChoice.QUEUE, "memory"),
                Arguments.of(AdapterChoice.QUEUE, "kafka"),
                Arguments.of(AdapterChoice.CHANNEL, "simulated"),
                Arguments.of(AdapterChoice.CHANNEL, "smtp"),
                Arguments.of(AdapterChoice.AI, "offline"),
                Arguments.of(AdapterChoice.AI, "gemini"),
                Arguments.of(AdapterChoice.AI, "template"));
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @MethodSource("every_adapter_of_every_selector")
    void a_selector_reads_its_adapters_whatever_their_letter_case_and_surrounding_spaces(
            AdapterChoice selector, String adapter) {
        String capitalised = adapter.substring(0, 1).toUpperCase(Locale.ROOT) + adapter.substring(1);

        assertThat(selector.parse(adapter)).hasValue(adapter);
        assertThat(selector.parse(adapter.toUpperCase(Locale.ROOT))).hasValue(adapter);
        assertThat(selector.parse(capitalised)).hasValue(adapter);
        assertThat(selector.parse(" \t" + adapter + " \n")).hasValue(adapter);
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @MethodSource("unknown_names")
    void a_name_the_build_has_no_adapter_for_is_refused_with_the_valid_choices(
            AdapterChoice selector, String configured, String refusal) {
        assertThat(selector.parse(configured)).isEmpty();
        assertThat(selector.refusal(configured)).isEqualTo(refusal);
    }

    static Stream<Arguments> unknown_names() {
        return Stream.of(
                Arguments.of(
                        AdapterChoice.STORAGE,
                        "postgres",
                        "CRM_STORAGE=postgres is not available; choose one of embedded, memory, mongo"),
                Arguments.of(
                        AdapterChoice.STORAGE,
                        " mongo db ",
                        "CRM_STORAGE=mongo db is not available; choose one of embedded, memory, mongo"),
                Arguments.of(
                        AdapterChoice.EVENTS,
                        "kafka",
                        "CRM_EVENTS=kafka is not available; choose one of memory, redis"),
                Arguments.of(
                        AdapterChoice.CACHE,
                        "memcached",
                        "CRM_CACHE=memcached is not available; choose one of memory, redis"),
                Arguments.of(
                        AdapterChoice.QUEUE,
                        "RabbitMQ",
                        "CRM_QUEUE=RabbitMQ is not available; choose one of kafka, memory"),
                Arguments.of(
                        AdapterChoice.CHANNEL,
                        "sendgrid",
                        "CRM_CHANNEL=sendgrid is not available; choose one of simulated, smtp, vendor"),
                Arguments.of(
                        AdapterChoice.AI,
                        "openai",
                        "CRM_AI=openai is not available; choose one of gemini, offline, template"),
                Arguments.of(AdapterChoice.QUEUE, "  ", "CRM_QUEUE is empty; choose one of kafka, memory"));
    }

    @Test
    void with_nothing_configured_every_selector_has_its_default() {
        AdapterChoices chosen = new AdapterChoices(new MapPropertyResolver(Map.of()));

        assertThat(chosen.is(AdapterChoice.STORAGE, "memory")).isTrue();
        assertThat(chosen.is(AdapterChoice.EVENTS, "memory")).isTrue();
        assertThat(chosen.is(AdapterChoice.CACHE, "memory")).isTrue();
        assertThat(chosen.is(AdapterChoice.QUEUE, "memory")).isTrue();
        assertThat(chosen.is(AdapterChoice.CHANNEL, "simulated")).isTrue();
        assertThat(chosen.is(AdapterChoice.AI, "offline")).isTrue();
    }

    @Test
    void the_choices_are_read_through_the_one_parse() {
        AdapterChoices chosen = new AdapterChoices(new MapPropertyResolver(Map.of(
                "crm.storage",
                " Mongo ",
                "crm.events",
                "REDIS",
                "crm.cache",
                "Memory",
                "crm.queue",
                "kafka\t",
                "crm.channel",
                "Simulated",
                "crm.ai",
                " TEMPLATE")));

        assertThat(chosen.is(AdapterChoice.STORAGE, "mongo")).isTrue();
        assertThat(chosen.is(AdapterChoice.EVENTS, "redis")).isTrue();
        assertThat(chosen.is(AdapterChoice.CACHE, "redis")).isFalse();
        assertThat(chosen.is(AdapterChoice.QUEUE, "kafka")).isTrue();
        assertThat(chosen.is(AdapterChoice.CHANNEL, "simulated")).isTrue();
        assertThat(chosen.is(AdapterChoice.AI, "template")).isTrue();
    }

    @Test
    void every_unknown_choice_is_named_at_once() {
        assertThatThrownBy(() -> new AdapterChoices(
                        new MapPropertyResolver(Map.of("crm.storage", "postgres", "crm.queue", "rabbitmq"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("CRM_STORAGE=postgres is not available; choose one of embedded, memory, mongo")
                .hasMessageContaining("CRM_QUEUE=rabbitmq is not available; choose one of kafka, memory");
    }

    @Test
    void asking_about_an_adapter_a_selector_never_offers_is_a_bug() {
        AdapterChoices chosen = new AdapterChoices(new MapPropertyResolver(Map.of()));

        assertThatThrownBy(() -> chosen.is(AdapterChoice.STORAGE, "Mongo"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChosenAdapter("redis", AdapterChoice.QUEUE) {})
                .isInstanceOf(IllegalArgumentException.class);
    }
}
