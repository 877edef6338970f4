package io.minicrm.adapter.smtp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * An SMTP peer whose answers a test scripts: to each recipient ({@code RCPT}), and to each message's final dot, where
 * an empty answer drops the connection without a word, as a server that failed after taking the data would.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    /** Every message whose data reached the final dot, with its recipient, whether or not it was then accepted. */
    final List<String> handedOver = new CopyOnWriteArrayList<>();

    private final ServerSocket socket;
    private final ExecutorService sessions = Executors.newCachedThreadPool();
    private final Function<String, String> rcptReply;
    private final BiFunction<String, Integer, Optional<String>> dotReply;
    private final AtomicInteger messages = new AtomicInteger();

    /**
     * @param rcptReply what the server answers to a recipient; empty to drop the connection, as a server stopping
     *                  would
     * @param dotReply  what it answers once a message's data is in, given the recipient and how many messages came
     *                  before; empty to drop the connection
     */
    ScriptedSmtpServer(Function<String, String> rcptReply, BiFunction<String, Integer, Optional<String>> dotReply)
            throws IOException {
        this.rcptReply = rcptReply;
        this.dotReply = dotReply;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        sessions.submit(this::accept);
    }

    int port() {
        return socket.getLocalPort();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                sessions.submit(() -> converse(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client;
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
            reply(out, "220 scripted ESMTP");
            String recipient = "";
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase(java.util.Locale.ROOT);
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    reply(out, "250 scripted");
                } else if (command.startsWith("RCPT")) {
                    recipient = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
                    String answer = rcptReply.apply(recipient);
                    if (answer.isEmpty()) {
                        return;
                    }
                    reply(out, answer);
                } else if (command.startsWith("DATA")) {
                    reply(out, "354 go ahead");
                    while (!".".equals(in.readLine())) {
                        // The message itself is of no interest here.
                    }
                    handedOver.add(recipient);
                    Optional<String> answer = dotReply.apply(recipient, messages.getAndIncrement());
                    if (answer.isEmpty()) {
                        return;
                    }
                    reply(out, answer.get());
                } else if (command.startsWith("QUIT")) {
                    reply(out, "221 bye");
                    return;
                } else {
                    reply(out, "250 ok");
                }
            }
        } catch (IOException dropped) {
            // The client went away: nothing more to say to it.
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        sessions.shutdownNow();
    }
}
