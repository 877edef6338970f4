package io.minicrm.application.importing;

import static io.minicrm.application.importing.ImportFixture.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import io.minicrm.application.port.shared.ImportFailure;
import io.minicrm.application.port.shared.ImportJob;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.application.port.shared.ImportStatus;
import org.junit.jupiter.api.Test;

class EncodingTest {

    private static final String UTF8_ADVICE =
            "; save the file as UTF-8, or name the charset it is in (such as ISO-8859-1 or windows-1252)";

    private final ImportFixture shop = new ImportFixture();

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            out.writeBytes(part instanceof byte[] raw ? raw : part.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private ImportJob received(byte[] file, Charset charset) {
        return shop.receive(ImportKind.CUSTOMERS, file, charset);
    }

    @Test
    void a_latin_1_file_read_as_utf_8_is_refused_at_the_line_and_cell_of_its_first_bad_byte() {
        byte[] latin1 =
                "email,name\nada@example.com,Ada\njose@example.com,José Müller\n".getBytes(StandardCharsets.ISO_8859_1);

        ImportJob job = received(latin1, StandardCharsets.UTF_8);

        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.failure())
                .contains(ImportFailure.at(3, Optional.of("name"), "the byte E9 is not UTF-8 text" + UTF8_ADVICE));
        assertThat(shop.customerCount(SHOP)).isZero();
    }

    @Test
    void a_latin_1_file_read_in_its_charset_keeps_its_accents() {
        byte[] latin1 = "email,name\njose@example.com,José Müller\n".getBytes(StandardCharsets.ISO_8859_1);

        ImportJob job = received(latin1, StandardCharsets.ISO_8859_1);

        assertThat(job.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(shop.customer("jose@example.com").profile().name()).contains("José Müller");
    }

    @Test
    void a_windows_1252_file_read_in_its_charset_keeps_its_curly_quotes() {
        byte[] windows = "email,name\nada@example.com,‘Ada’ Lovelace\n".getBytes(Charset.forName("windows-1252"));

        received(windows, Charset.forName("windows-1252"));

        assertThat(shop.customer("ada@example.com").profile().name()).contains("‘Ada’ Lovelace");
    }

    @Test
    void a_utf_16_file_with_its_byte_order_mark_is_read_in_its_charset() {
        byte[] utf16 = "email,name\nzoe@example.com,Zoë 😀\n".getBytes(StandardCharsets.UTF_16);

        received(utf16, StandardCharsets.UTF_16);

        assertThat(shop.customer("zoe@example.com").profile().name()).contains("Zoë 😀");
    }

    @Test
    void a_lone_surrogate_written_as_utf_8_bytes_is_refused() {
        byte[] file =
                bytes("email,name\nada@example.com,Ada ", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "\n");

        ImportJob job = received(file, StandardCharsets.UTF_8);

        assertThat(job.failure()).hasValueSatisfying(failure -> {
            assertThat(failure.line()).contains(2L);
            assertThat(failure.column()).contains("name");
            assertThat(failure.reason()).startsWith("the bytes ED A0 80 are not UTF-8 text");
        });
    }

    @Test
    void a_file_that_ends_inside_a_character_is_refused_on_its_last_line() {
        byte[] file = bytes("email,name\r\nada@example.com,Ad", new byte[] {(byte) 0xC3});

        ImportJob job = received(file, StandardCharsets.UTF_8);

        assertThat(job.failure())
                .contains(ImportFailure.at(
                        2,
                        Optional.of("name"),
                        "the file ends in the middle of a UTF-8 character (bytes C3)" + UTF8_ADVICE));
    }

    @Test
    void lines_are_counted_alike_whether_they_end_in_lf_crlf_or_a_lone_cr() {
        byte[] file = bytes(
                "email,name\r\na@example.com,A\rb@example.com,\"B\r\nB\"\nc@example.com,",
                new byte[] {(byte) 0xFF},
                "\n");

        ImportJob job = received(file, StandardCharsets.UTF_8);

        assertThat(job.failure())
                .hasValueSatisfying(failure -> assertThat(failure.place()).isEqualTo("line 5, column name"));
    }

    @Test
    void a_bad_byte_in_the_header_is_refused_at_line_1_naming_the_column_by_its_position() {
        byte[] file = bytes("email,n", new byte[] {(byte) 0xE9}, "\nada@example.com,Ada\n");

        ImportJob job = received(file, StandardCharsets.UTF_8);

        assertThat(job.failure())
                .hasValueSatisfying(failure -> assertThat(failure.place()).isEqualTo("line 1, column 2"));
    }

    @Test
    void a_streamed_file_is_held_to_utf_8_as_well() {
        byte[] latin1 = "email,name\njose@example.com,José\n".getBytes(StandardCharsets.ISO_8859_1);

        ImportJob job = shop.stream(ImportKind.CUSTOMERS, new ByteArrayInputStream(latin1));

        assertThat(job.failure())
                .hasValueSatisfying(failure -> assertThat(failure.place()).isEqualTo("line 2, column name"));
    }
}
