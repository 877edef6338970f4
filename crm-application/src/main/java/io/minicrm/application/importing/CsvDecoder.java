package io.minicrm.application.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.HexFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The characters of a file's bytes in its charset. Bytes that are no text in that charset are refused, never replaced:
 * a Latin-1 file read as UTF-8 would otherwise be stored garbled without a word. The characters before the first bad
 * byte are read first, so that whoever counts lines knows the line it is on when reading fails.
 */
final class CsvDecoder extends Reader {

    /** Bytes named in a refusal at most, enough to recognise a charset by. */
    private static final int BYTES_NAMED = 4;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(8_192).flip();
    private boolean ended;
    private @Nullable Undecodable failure;

    CsvDecoder(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (true) {
            Undecodable refused = failure;
            if (refused != null) {
                if (out.position() > offset) {
                    return out.position() - offset;
                }
                throw refused;
            }
            CoderResult result = decoder.decode(bytes, out, ended);
            if (result.isError()) {
                failure = undecodable(result.length());
            } else if (result.isOverflow()) {
                return out.position() - offset;
            } else if (ended) {
                decoder.flush(out);
                return out.position() > offset ? out.position() - offset : -1;
            } else if (out.position() > offset) {
                // Hand over what is decoded rather than wait for more bytes to arrive.
                return out.position() - offset;
            } else {
                fill();
            }
        }
    }

    private void fill() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (read < 0) {
            ended = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    private Undecodable undecodable(int length) {
        byte[] bad = new byte[Math.min(length, BYTES_NAMED)];
        bytes.get(bytes.position(), bad);
        String named = HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bad);
        String charset = decoder.charset().name();
        String what = ended && bytes.remaining() == length
                ? "the file ends in the middle of a " + charset + " character (bytes " + named + ")"
                : (bad.length == 1 ? "the byte " + named + " is not " : "the bytes " + named + " are not ") + charset
                        + " text";
        return new Undecodable(what
                + (charset.toUpperCase(Locale.ROOT).equals("UTF-8")
                        ? "; save the file as UTF-8, or name the charset it is in (such as ISO-8859-1 or windows-1252)"
                        : "; name the charset the file is in"));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Bytes that are no text in the file's charset, in words a user can read. */
    static final class Undecodable extends IOException {

        Undecodable(String reason) {
            super(reason);
        }
    }
}
