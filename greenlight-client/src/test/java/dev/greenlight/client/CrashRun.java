package dev.greenlight.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The crash test: a real {@code greenlight serve} process takes predictions from the client, is killed with
 * SIGKILL mid-stream, and is started again on the same store and port; the client retries the batches that were
 * not acknowledged. Then the store must hold every acknowledged id and every sent id exactly once. Run small in
 * the test suite ({@code CrashRecoveryTest}) and large by {@code bench/serve_bench.sh} ({@link #main}).
 */
public final class CrashRun {

    /** What happened, counted. */
    public record Counts(long sent, long acknowledgedBeforeKill, long acknowledgedInTotal, long stored,
                         long distinctStored, long ackedButLost, long failed) {
        public long duplicates() {
            return stored - distinctStored;
        }

        @Override
        public String toString() {
            return "crash test: sent " + sent + ", acknowledged before kill -9 " + acknowledgedBeforeKill
                    + ", acknowledged in total " + acknowledgedInTotal + ", stored after restart " + stored
                    + ", distinct " + distinctStored + ", duplicates " + duplicates() + ", acknowledged but lost "
                    + ackedButLost + ", failed for good " + failed;
        }
    }

    private CrashRun() {
    }

    /**
     * @param config     a configuration whose features are tenure_months, monthly_fee and plan (the churn test's)
     * @param store      the --store value (duckdb:FILE or a PostgreSQL URL)
     * @param jdbcUrl    JDBC URL to count the stored rows with, once the server has stopped
     * @param total      predictions to send
     * @param killAfter  acknowledged predictions after which the server is killed
     */
    public static Counts run(Path config, String store, String jdbcUrl, int total, int killAfter) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process first = startServer(config, store, port);
        List<CompletableFuture<Void>> futures = new ArrayList<>(total);
        List<String> ids = new ArrayList<>(total);
        ClientOptions options = ClientOptions.defaults(URI.create("http://127.0.0.1:" + port), null)
                .withBatchSize(500).withMaxInFlight(4).withRetryFor(Duration.ofMinutes(3));
        Set<String> ackedBeforeKill = new HashSet<>();
        long failed = 0;
        Process second;
        try (GreenlightClient client = GreenlightClient.open(options)) {
            Thread sender = new Thread(() -> {
                for (int i = 0; i < total; i++) {
                    // as a serving app should: wait while the client's buffer is full instead of losing records
                    while (client.pending() >= options.maxBuffered()) {
                        try {
                            Thread.sleep(1);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                    String id = "crash-" + i;
                    CompletableFuture<Void> f = client.send(new Prediction(id, Instant.ofEpochSecond(1_764_547_200L
                            + i), Map.of("tenure_months", i % 60, "monthly_fee", 10.0 + i % 80, "plan",
                            i % 3 == 0 ? "basic" : "pro"), i % 2 == 0 ? "churn" : "stay", (i % 97) / 97.0));
                    synchronized (futures) {
                        futures.add(f);
                        ids.add(id);
                    }
                }
            }, "crash-test-sender");
            sender.start();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (acknowledged(futures) < killAfter && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            first.destroyForcibly().waitFor();
            synchronized (futures) {
                for (int i = 0; i < futures.size(); i++) {
                    CompletableFuture<Void> f = futures.get(i);
                    if (f.isDone() && !f.isCompletedExceptionally()) {
                        ackedBeforeKill.add(ids.get(i));
                    }
                }
            }
            second = startServer(config, store, port);
            sender.join();
            for (CompletableFuture<Void> f : futures) {
                try {
                    f.get(3, TimeUnit.MINUTES);
                } catch (java.util.concurrent.ExecutionException e) {
                    failed++;
                }
            }
        }
        long ackedTotal = acknowledged(futures);
        second.destroy();
        second.waitFor(60, TimeUnit.SECONDS);
        if (second.isAlive()) {
            second.destroyForcibly().waitFor();
        }
        long[] counts = countStored(jdbcUrl, ackedBeforeKill);
        return new Counts(total, ackedBeforeKill.size(), ackedTotal, counts[0], counts[1], counts[2], failed);
    }

    private static long acknowledged(List<CompletableFuture<Void>> futures) {
        synchronized (futures) {
            return futures.stream().filter(f -> f.isDone() && !f.isCompletedExceptionally()).count();
        }
    }

    /** Stored rows, distinct ids, and acknowledged ids missing from the store. */
    private static long[] countStored(String jdbcUrl, Set<String> acked) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
            long rows;
            long distinct;
            try (ResultSet r = s.executeQuery("SELECT count(*), count(DISTINCT id) FROM predictions")) {
                r.next();
                rows = r.getLong(1);
                distinct = r.getLong(2);
            }
            Set<String> stored = new HashSet<>();
            try (ResultSet r = s.executeQuery("SELECT id FROM predictions")) {
                while (r.next()) {
                    stored.add(r.getString(1));
                }
            }
            long lost = acked.stream().filter(id -> !stored.contains(id)).count();
            return new long[]{rows, distinct, lost};
        }
    }

    /** Starts {@code greenlight serve} as its own JVM and waits for its "listening on" line. */
    static Process startServer(Path config, String store, int port) throws IOException, InterruptedException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // the greenlight jar's manifest opens java.nio to Arrow; started from a class path, the flag does
                "-Xmx512m", "--add-opens=java.base/java.nio=ALL-UNNAMED", "-cp", cp, "dev.greenlight.cli.Main",
                "serve", config.toString(), "--port",
                String.valueOf(port), "--store", store, "--insecure-no-auth");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine();
        if (first == null || !first.startsWith("listening on http://127.0.0.1:" + port)) {
            StringBuilder rest = new StringBuilder(String.valueOf(first));
            for (String l; (l = out.readLine()) != null; ) {
                rest.append('\n').append(l);
            }
            p.destroyForcibly();
            throw new IllegalStateException("greenlight serve did not start: " + rest);
        }
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // keep the pipe empty so the server never blocks on its output
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "crash-test-server-output");
        drain.setDaemon(true);
        drain.start();
        return p;
    }

    /** {@code CrashRun CONFIG STORE JDBC_URL TOTAL KILL_AFTER}: the large run for bench/serve_bench.sh. */
    public static void main(String[] args) throws Exception {
        Counts c = run(Path.of(args[0]), args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
        System.out.println(c);
        if (c.ackedButLost() != 0 || c.duplicates() != 0 || c.stored() != c.sent() || c.failed() != 0) {
            System.exit(1);
        }
    }
}
