import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load generator for bench/serve_bench.sh (JDK only): POSTs batches of churn predictions (or their labels) to
 * greenlight serve from CONCURRENCY threads until TOTAL records are acknowledged or MAX_SECONDS pass; prints records
 * per second and the per-batch latency (request sent to 200 received) at p50 and p99. The request bodies are made
 * before the clock starts, so the figures are the server's, not the cost of building JSON here.
 * Usage: java bench/ServeLoad.java BASE_URL TOTAL BATCH CONCURRENCY MAX_SECONDS ID_PREFIX [predictions|labels]
 */
public final class ServeLoad {
    public static void main(String[] args) throws Exception {
        String kind = args.length > 6 ? args[6] : "predictions";
        URI uri = URI.create(args[0]).resolve("/v1/" + kind);
        long total = Long.parseLong(args[1]);
        int batch = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        long maxNanos = Long.parseLong(args[4]) * 1_000_000_000L;
        String prefix = args[5];
        int batches = (int) ((total + batch - 1) / batch);
        byte[][] bodies = new byte[batches][];
        for (int b = 0; b < batches; b++) {
            int n = (int) Math.min(batch, total - (long) b * batch);
            bodies[b] = (kind.equals("labels") ? labels(prefix, (long) b * batch, n) : predictions(prefix,
                    (long) b * batch, n)).getBytes(StandardCharsets.UTF_8);
        }
        HttpClient http = HttpClient.newHttpClient();
        AtomicLong nextBatch = new AtomicLong();
        AtomicLong acked = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + maxNanos;
        for (int t = 0; t < threads; t++) {
            long[] lat = new long[batches];
            int[] count = new int[1];
            latencies.add(lat);
            counts.add(count);
            Thread w = new Thread(() -> {
                long b;
                while ((b = nextBatch.getAndIncrement()) < batches && System.nanoTime() < deadline) {
                    byte[] body = bodies[(int) b];
                    HttpRequest req = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                    while (true) {
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 200) {
                                lat[count[0]++] = System.nanoTime() - t0;
                                acked.addAndGet(Math.min(batch, total - b * batch));
                                break;
                            }
                            refused.incrementAndGet();
                            if (r.statusCode() != 429 && r.statusCode() != 503) {
                                throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
                            }
                            Thread.sleep(50);
                        } catch (java.io.IOException | InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
            });
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<long[]> used = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            used.add(Arrays.copyOf(latencies.get(t), counts.get(t)[0]));
        }
        long[] all = used.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf(Locale.ROOT, "%s: acknowledged=%d in %.2f s: %.0f %s/s; batch of %d: p50=%.1f ms "
                        + "p99=%.1f ms (%d batches, %d threads, %d answers 429/503 retried)%n", kind, acked.get(),
                seconds, acked.get() / seconds, kind, batch, pct(all, 0.50), pct(all, 0.99), all.length, threads,
                refused.get());
    }

    /** Nearest-rank percentile in milliseconds. */
    static double pct(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int k = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, k)] / 1e6;
    }

    static String predictions(String prefix, long first, int n) {
        StringBuilder b = new StringBuilder(n * 170).append('[');
        for (int i = 0; i < n; i++) {
            long id = first + i;
            if (i > 0) {
                b.append(',');
            }
            b.append("{\"id\":\"").append(prefix).append(id).append("\",\"timestamp\":").append(1_764_547_200_000L
                            + id * 1000).append(",\"features\":{\"tenure_months\":").append(id % 60)
                    .append(",\"monthly_fee\":").append(10 + id % 80).append(".5,\"plan\":\"")
                    .append(id % 3 == 0 ? "basic" : id % 3 == 1 ? "plus" : "pro").append("\"},\"prediction\":\"")
                    .append(id % 2 == 0 ? "churn" : "stay").append("\",\"score\":").append((id % 97) / 97.0)
                    .append('}');
        }
        return b.append(']').toString();
    }

    static String labels(String prefix, long first, int n) {
        StringBuilder b = new StringBuilder(n * 60).append('[');
        for (int i = 0; i < n; i++) {
            long id = first + i;
            if (i > 0) {
                b.append(',');
            }
            b.append("{\"id\":\"").append(prefix).append(id).append("\",\"label\":\"")
                    .append(id % 5 < 2 ? "churn" : "stay").append("\",\"timestamp\":")
                    .append(1_764_633_600_000L + id * 1000).append('}');
        }
        return b.append(']').toString();
    }
}
