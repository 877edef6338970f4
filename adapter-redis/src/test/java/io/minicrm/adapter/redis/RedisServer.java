package io.minicrm.adapter.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * A redis-server of the test's own on a free loopback port, keeping nothing on disk, stopped by the test. It can be
 * killed and started again on the same port, or paused and resumed, to play an outage.
 */
public final class RedisServer implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final Path binary;
    private final int port;
    private final Path directory;
    private Process process;

    private RedisServer(Path binary, int port, Path directory) {
        this.binary = binary;
        this.port = port;
        this.directory = directory;
    }

    public static RedisServer start() {
        try {
            RedisServer server = new RedisServer(binary(), freePort(), Files.createTempDirectory("redis-test"));
            server.launch();
            return server;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The redis-server on the PATH or in the usual places; fails naming the package to install when there is none. */
    static Path binary() {
        return Stream.concat(
                        Stream.of(System.getenv().getOrDefault("PATH", "").split(":")),
                        Stream.of("/usr/bin", "/usr/sbin", "/usr/local/bin"))
                .filter(directory -> !directory.isBlank())
                .map(directory -> Path.of(directory, "redis-server"))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() ->
                        new IllegalStateException("redis-server is not installed; the Redis adapter's tests start "
                                + "their own. Install the Debian package redis-server (apt-get install -y redis-server), "
                                + "as .ci/run does when it is missing"));
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    /** Kills the server at once, as a crash would; what it held is lost. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts the server again on the same port, empty. */
    void restart() {
        launch();
    }

    /** Freezes the server: connections stay open, nothing answers, and what it holds is kept. */
    void pause() throws IOException {
        signal("STOP");
    }

    void resume() throws IOException {
        signal("CONT");
    }

    private void signal(String name) throws IOException {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid()))
                .inheritIO()
                .start();
        try {
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + name + " failed");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void launch() {
        try {
            process = new ProcessBuilder(List.of(
                            binary.toString(),
                            "--port",
                            Integer.toString(port),
                            "--bind",
                            "127.0.0.1",
                            "--save",
                            "",
                            "--appendonly",
                            "no",
                            "--daemonize",
                            "no",
                            "--dir",
                            directory.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolve("redis.log").toFile())
                    .start();
            Process started = process;
            // Nothing left running if the tests' JVM ends without closing this server.
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
            awaitReady();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try (RespClient client = RespClient.connect(port)) {
                if ("PONG".equals(client.command("PING"))) {
                    return;
                }
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    throw new IllegalStateException(
                            "redis-server did not start on port " + port + "; see " + directory.resolve("redis.log"),
                            notYet);
                }
                LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws IOException {
        if (process.isAlive()) {
            resume();
        }
        kill();
    }
}
