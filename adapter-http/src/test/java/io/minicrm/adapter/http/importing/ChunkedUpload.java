package io.minicrm.adapter.http.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An upload sent chunk by chunk over a connection of its own, as a browser or curl streams a file, whose answer can be
 * read while the body is still being sent: the HTTP client of the tests stops sending once it is answered.
 */
final class ChunkedUpload implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    /** Sends the request line and headers; the body follows chunk by chunk. */
    ChunkedUpload(URL server, String path, String contentType) {
        try {
            socket = new Socket(server.getHost(), server.getPort());
            socket.setSoTimeout(10_000);
            out = socket.getOutputStream();
            in = socket.getInputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + server.getHost() + ":" + server.getPort()
                            + "\r\nContent-Type: " + contentType + "\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    ChunkedUpload send(String text) {
        return send(text.getBytes(StandardCharsets.UTF_8));
    }

    ChunkedUpload send(byte[] chunk) {
        try {
            out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(chunk);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return this;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Sends the last, empty chunk. */
    void finish() {
        try {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Reads the answer: its status, headers (names in lower case) and body. */
    Answer answer() {
        try {
            String status = line();
            Map<String, String> headers = new HashMap<>();
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                headers.put(
                        header.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        header.substring(colon + 1).strip());
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                for (int size = Integer.parseInt(line().strip(), 16);
                        size > 0;
                        size = Integer.parseInt(line().strip(), 16)) {
                    body.write(in.readNBytes(size));
                    line();
                }
            } else {
                body.write(in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0"))));
            }
            return new Answer(Integer.parseInt(status.split(" ")[1]), headers, body.toString(StandardCharsets.UTF_8));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int next = in.read(); next != '\n'; next = in.read()) {
            if (next < 0) {
                throw new IOException("the connection closed in the middle of the answer");
            }
            if (next != '\r') {
                line.write(next);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    /** Drops the connection as a sender that goes away would. */
    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing is all that was asked.
        }
    }

    record Answer(int status, Map<String, String> headers, String body) {}
}
