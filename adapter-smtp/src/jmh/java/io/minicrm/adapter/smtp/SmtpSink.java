package io.minicrm.adapter.smtp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An SMTP server that accepts every message and keeps none, only counting them: a sink costing the sender as little
 * as a server can, so that what a benchmark measures is the sending side.
 */
final class SmtpSink implements AutoCloseable {

    private static final byte[] OK = "250 ok\r\n".getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket socket;
    private final ExecutorService sessions = Executors.newCachedThreadPool();
    private final AtomicLong accepted = new AtomicLong();

    SmtpSink() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        sessions.submit(this::accept);
    }

    int port() {
        return socket.getLocalPort();
    }

    /** Messages accepted since the last call. */
    long takeCount() {
        return accepted.getAndSet(0);
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                client.setTcpNoDelay(true);
                sessions.submit(() -> converse(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client;
                InputStream in = new BufferedInputStream(client.getInputStream(), 64 * 1024);
                OutputStream out = new BufferedOutputStream(client.getOutputStream())) {
            send(out, "220 sink ESMTP\r\n".getBytes(StandardCharsets.US_ASCII));
            StringBuilder line = new StringBuilder();
            while (readLine(in, line)) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : "";
                switch (command) {
                    case "DATA" -> {
                        send(out, "354 go ahead\r\n".getBytes(StandardCharsets.US_ASCII));
                        while (readLine(in, line) && !(line.length() == 1 && line.charAt(0) == '.')) {
                            // The message is counted, not kept.
                        }
                        accepted.incrementAndGet();
                        send(out, OK);
                    }
                    case "QUIT" -> {
                        send(out, "221 bye\r\n".getBytes(StandardCharsets.US_ASCII));
                        return;
                    }
                    default -> send(out, OK);
                }
            }
        } catch (IOException dropped) {
            // The client went away.
        }
    }

    private static boolean readLine(InputStream in, StringBuilder line) throws IOException {
        line.setLength(0);
        int next;
        while ((next = in.read()) != -1) {
            if (next == '\n') {
                if (!line.isEmpty() && line.charAt(line.length() - 1) == '\r') {
                    line.setLength(line.length() - 1);
                }
                return true;
            }
            line.append((char) next);
        }
        return false;
    }

    private static void send(OutputStream out, byte[] reply) throws IOException {
        out.write(reply);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        sessions.shutdownNow();
    }
}
