package io.minicrm.application.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonAnswerTest {

    @Test
    void strings_flags_and_lists_of_strings_are_read_with_their_escapes() {
        JsonAnswer answer = JsonAnswer.parse(
                        "{\"rule\":\"city = \\\"Pune\\\" \\u20b9\",\"understood\":true,\"tags\":[\"a\",1,\"b\"],\"n\":null}")
                .get();

        assertThat(answer.text("rule")).hasValue("city = \"Pune\" ₹");
        assertThat(answer.flag("understood")).hasValue(true);
        assertThat(answer.texts("tags")).containsExactly("a", "b");
        assertThat(answer.text("n")).isEmpty();
    }

    @Test
    void a_field_of_another_type_reads_as_absent() {
        JsonAnswer answer =
                JsonAnswer.parse("{\"rule\":42,\"understood\":\"yes\"}").get();

        assertThat(answer.text("rule")).isEmpty();
        assertThat(answer.flag("understood")).isEmpty();
    }

    @Test
    void anything_but_one_json_object_is_refused_naming_the_offset() {
        assertThat(JsonAnswer.parse("Sure! {\"rule\":\"x\"}").getLeft()).contains("offset 0");
        assertThat(JsonAnswer.parse("{\"rule\":\"x\"} and more").isLeft()).isTrue();
        assertThat(JsonAnswer.parse("{\"rule\":\"x\"").isLeft()).isTrue();
        assertThat(JsonAnswer.parse("[1,2]").isLeft()).isTrue();
        assertThat(JsonAnswer.parse("{\"a\":01}").isLeft()).isTrue();
        assertThat(JsonAnswer.parse("{\"a\":\"\\x\"}").isLeft()).isTrue();
        assertThat(JsonAnswer.parse("{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}")
                        .getLeft())
                .contains("nesting too deep");
    }
}
