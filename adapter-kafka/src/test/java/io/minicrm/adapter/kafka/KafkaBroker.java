package io.minicrm.adapter.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka broker in KRaft mode (broker and controller in one), in a JVM of its own started from the test
 * class path, on free loopback ports, with its storage in a temporary directory. It can be killed and started again on
 * the same ports and storage. One broker is shared by the module's tests and stopped when their JVM exits.
 */
public final class KafkaBroker implements AutoCloseable {

    /** A system property naming the broker JVM's options, space-separated, in place of the tests' quick-start ones. */
    public static final String JVM_OPTIONS = "minicrm.kafka.broker.jvm";

    private static final Duration STARTING = Duration.ofSeconds(60);
    private static final String QUICK_START = "-Xms128m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto";
    private static KafkaBroker shared;

    private final Path directory;
    private final Path config;
    private final int port;
    private Process process;

    private KafkaBroker() throws IOException {
        directory = Files.createTempDirectory("kafka-broker");
        config = directory.resolve("server.properties");
        port = freePort();
        int controllerPort = freePort();
        Properties properties = new Properties();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", "1");
        properties.put("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
        properties.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        properties.put(
                "advertised.listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.put("controller.listener.names", "CONTROLLER");
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("log.dirs", directory.resolve("data").toString());
        properties.put("auto.create.topics.enable", "false");
        properties.put("offsets.topic.replication.factor", "1");
        properties.put("offsets.topic.num.partitions", "4");
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("share.coordinator.state.topic.replication.factor", "1");
        properties.put("share.coordinator.state.topic.min.isr", "1");
        properties.put("group.initial.rebalance.delay.ms", "0");
        // Members of the tests' short-lived groups learn their partitions within half a second, not five, and a member
        // killed without leaving loses them after six seconds, not forty-five.
        properties.put("group.consumer.heartbeat.interval.ms", "500");
        properties.put("group.consumer.min.heartbeat.interval.ms", "500");
        properties.put("group.consumer.session.timeout.ms", "6000");
        properties.put("group.consumer.min.session.timeout.ms", "6000");
        try (OutputStream out = Files.newOutputStream(config)) {
            properties.store(out, "test broker");
        }
        int formatted = StorageTool.execute(
                new String[] {"format", "--standalone", "-t", Uuid.randomUuid().toString(), "-c", config.toString()},
                new PrintStream(OutputStream.nullOutputStream()));
        if (formatted != 0) {
            throw new IllegalStateException("formatting the broker's storage failed with " + formatted);
        }
    }

    /** The broker the module's tests share, started on first use. */
    public static synchronized KafkaBroker shared() {
        if (shared == null) {
            try {
                shared = new KafkaBroker();
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
            shared.start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "kafka-broker-stop"));
        }
        return shared;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Starts the broker and returns once it answers. */
    public synchronized void start() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(
                List.of(System.getProperty(JVM_OPTIONS, QUICK_START).trim().split("\\s+")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "kafka.Kafka", config.toString()));
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            directory.resolve("broker.log").toFile()))
                    .start();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        awaitAnswer();
    }

    /** Kills the broker as a crash would, without letting it shut down. */
    public synchronized void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temporary directory left behind harms nothing.
        }
    }

    private void awaitAnswer() {
        Properties client = new Properties();
        client.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        Instant deadline = Instant.now().plus(STARTING);
        try (Admin admin = Admin.create(client)) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(
                            "the broker stopped while starting; see " + directory.resolve("broker.log"));
                }
                try {
                    if (!admin.describeCluster()
                            .nodes()
                            .get(2, TimeUnit.SECONDS)
                            .isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("the broker did not answer within " + STARTING, notYet);
                    }
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
