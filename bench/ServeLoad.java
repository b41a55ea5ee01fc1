import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load generator for bench/serve_bench.sh (JDK only): POSTs batches of churn predictions to greenlight serve from
 * CONCURRENCY threads until TOTAL predictions are acknowledged or MAX_SECONDS pass; prints predictions per second
 * and the per-batch latency (request sent to 200 received) at p50 and p99.
 * Usage: java bench/ServeLoad.java BASE_URL TOTAL BATCH CONCURRENCY MAX_SECONDS ID_PREFIX
 */
public final class ServeLoad {
    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]).resolve("/v1/predictions");
        long total = Long.parseLong(args[1]);
        int batch = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        long deadline = System.nanoTime() + Long.parseLong(args[4]) * 1_000_000_000L;
        String prefix = args[5];
        HttpClient http = HttpClient.newHttpClient();
        AtomicLong nextBatch = new AtomicLong();
        AtomicLong acked = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        long batches = (total + batch - 1) / batch;
        List<long[]> latencies = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            long[] lat = new long[(int) batches];
            int[] count = new int[1];
            latencies.add(lat);
            Thread w = new Thread(() -> {
                long b;
                while ((b = nextBatch.getAndIncrement()) < batches && System.nanoTime() < deadline) {
                    String body = body(prefix, b * batch, batch);
                    HttpRequest req = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    while (true) {
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 200) {
                                lat[count[0]++] = System.nanoTime() - t0;
                                acked.addAndGet(batch);
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
                lat[lat.length - 1] = count[0];
            });
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = latencies.stream().flatMapToLong(l -> Arrays.stream(l, 0, (int) l[l.length - 1])).sorted()
                .toArray();
        System.out.printf(Locale.ROOT, "acknowledged=%d predictions in %.2f s: %.0f predictions/s; batch of %d: "
                        + "p50=%.1f ms p99=%.1f ms (%d batches, %d threads, %d answers 429/503 retried)%n", acked.get(),
                seconds, acked.get() / seconds, batch, pct(all, 0.50), pct(all, 0.99), all.length, threads,
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

    static String body(String prefix, long first, int n) {
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
                    .append(id % 2 == 0 ? "churn" : "stay").append("\",\"score\":").append((id % 97) / 97.0).append('}');
        }
        return b.append(']').toString();
    }
}
