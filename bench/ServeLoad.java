import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load generator for bench/serve_bench.sh (JDK only): POSTs batches of churn predictions (or their labels) to
 * greenlight serve from CONCURRENCY threads until TOTAL records are acknowledged or MAX_SECONDS pass; prints records
 * per second and the per-batch latency (request sent to 200 received) at p50 and p99, and the CPU this generator
 * used. The whole requests (headers and body) are made before the clock starts, and each thread keeps one HTTP/1.1
 * connection open and writes them as they are: like wrk, the generator costs little, so that on a small machine
 * the CPU goes to the server it shares the cores with (the JDK's HttpClient used 0.66 of a core, 12 us a
 * prediction, to send 56,000 a second on 2 cores; this, a tenth of that).
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
        byte[][] requests = new byte[batches][];
        for (int b = 0; b < batches; b++) {
            int n = (int) Math.min(batch, total - (long) b * batch);
            byte[] body = (kind.equals("labels") ? labels(prefix, (long) b * batch, n) : predictions(prefix,
                    (long) b * batch, n)).getBytes(StandardCharsets.UTF_8);
            byte[] head = ("POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            requests[b] = Arrays.copyOf(head, head.length + body.length);
            System.arraycopy(body, 0, requests[b], head.length, body.length);
        }
        AtomicLong nextBatch = new AtomicLong();
        AtomicLong acked = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        long cpuStart = ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
        long start = System.nanoTime();
        long deadline = start + maxNanos;
        for (int t = 0; t < threads; t++) {
            long[] lat = new long[batches];
            int[] count = new int[1];
            latencies.add(lat);
            counts.add(count);
            Thread w = new Thread(() -> {
                Connection conn = null;
                try {
                    long b;
                    while ((b = nextBatch.getAndIncrement()) < batches && System.nanoTime() < deadline) {
                        while (true) {
                            if (conn == null) {
                                conn = new Connection(uri.getHost(), uri.getPort());
                            }
                            long t0 = System.nanoTime();
                            int status = conn.post(requests[(int) b]);
                            if (status == 200) {
                                lat[count[0]++] = System.nanoTime() - t0;
                                acked.addAndGet(Math.min(batch, total - b * batch));
                                break;
                            }
                            if (conn.closed()) {
                                conn.close();
                                conn = null;
                            }
                            refused.incrementAndGet();
                            if (status != 429 && status != 503) {
                                throw new IllegalStateException("HTTP " + status + ": " + conn.lastBody());
                            }
                            Thread.sleep(50);
                        }
                    }
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                } finally {
                    if (conn != null) {
                        conn.close();
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
        double cpu = (((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() - cpuStart) / 1e9;
        List<long[]> used = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            used.add(Arrays.copyOf(latencies.get(t), counts.get(t)[0]));
        }
        long[] all = used.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf(Locale.ROOT, "%s: acknowledged=%d in %.2f s: %.0f %s/s; batch of %d: p50=%.1f ms "
                        + "p99=%.1f ms (%d batches, %d threads, %d answers 429/503 retried; this load generator used "
                        + "%.2f s of CPU)%n", kind, acked.get(), seconds, acked.get() / seconds, kind, batch,
                pct(all, 0.50), pct(all, 0.99), all.length, threads, refused.get(), cpu);
    }

    /** One kept-open HTTP/1.1 connection: writes a prepared request, reads the status, headers and body. */
    static final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private boolean closed;
        private String lastBody = "";

        Connection(String host, int port) throws IOException {
            socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 8192);
        }

        int post(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String status = line();
            if (status == null) {
                throw new IOException("the server closed the connection");
            }
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String h; (h = line()) != null && !h.isEmpty(); ) {
                String lower = h.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closed = true;
                }
            }
            StringBuilder body = new StringBuilder();
            if (chunked) {
                for (long n; (n = Long.parseLong(line().trim(), 16)) > 0; line()) {
                    body.append(new String(in.readNBytes((int) n), StandardCharsets.UTF_8));
                }
                line();
            } else if (length > 0) {
                body.append(new String(in.readNBytes((int) length), StandardCharsets.UTF_8));
            }
            lastBody = body.toString();
            return code;
        }

        private String line() throws IOException {
            StringBuilder b = new StringBuilder();
            for (int c; (c = in.read()) != -1; ) {
                if (c == '\n') {
                    int n = b.length();
                    return n > 0 && b.charAt(n - 1) == '\r' ? b.substring(0, n - 1) : b.toString();
                }
                b.append((char) c);
            }
            return b.length() == 0 ? null : b.toString();
        }

        boolean closed() {
            return closed;
        }

        String lastBody() {
            return lastBody;
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing: nothing to keep
            }
        }
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
