package dev.greenlight.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends predictions and labels to {@code greenlight serve} from a JVM serving app without slowing it down:
 * {@link #send} only buffers; full batches (or partly full ones after the linger time) go out asynchronously, at
 * most {@code maxInFlight} at once, and are retried with exponential back-off (and the server's Retry-After)
 * while the server is unreachable, overloaded (429) or failing (502, 503, 504). A batch's future completes once
 * the server has committed it. Retrying is safe because the server keeps the first record of every id.
 *
 * <pre>{@code
 * try (GreenlightClient client = GreenlightClient.open(ClientOptions.defaults(uri, token))) {
 *     client.send(new Prediction(id, Instant.now(), features, "yes", 0.83));
 *     ...
 * }   // close() sends what is buffered and waits for it
 * }</pre>
 */
public final class GreenlightClient implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final ClientOptions options;
    private final HttpClient http;
    private final ScheduledExecutorService timers;
    private final ExecutorService dispatcher;
    private final Semaphore inFlight;
    private final Semaphore buffered;
    private final Buffer predictions;
    private final Buffer labels;
    private final Set<CompletableFuture<Void>> outstanding = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private GreenlightClient(ClientOptions options) {
        this.options = options;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.timers = Executors.newSingleThreadScheduledExecutor(daemon("greenlight-client-timer"));
        this.dispatcher = Executors.newSingleThreadExecutor(daemon("greenlight-client-dispatch"));
        this.inFlight = new Semaphore(options.maxInFlight());
        this.buffered = new Semaphore(options.maxBuffered());
        this.predictions = new Buffer(options.baseUri().resolve("/v1/predictions"));
        this.labels = new Buffer(options.baseUri().resolve("/v1/labels"));
    }

    public static GreenlightClient open(ClientOptions options) {
        return new GreenlightClient(options);
    }

    /** Buffers a prediction; the future completes when its batch is committed, or fails for good. */
    public CompletableFuture<Void> send(Prediction p) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", p.id());
        o.put("timestamp", p.timestamp().toString());
        o.set("features", JSON.valueToTree(p.features()));
        if (p.prediction() != null) {
            o.set("prediction", JSON.valueToTree(p.prediction()));
        }
        if (p.score() != null) {
            o.put("score", p.score());
        }
        return predictions.add(o);
    }

    /** Buffers a label; the future completes when its batch is committed, or fails for good. */
    public CompletableFuture<Void> send(Label l) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", l.id());
        o.set("label", JSON.valueToTree(l.label()));
        if (l.timestamp() != null) {
            o.put("timestamp", l.timestamp().toString());
        }
        return labels.add(o);
    }

    /** Sends what is buffered now; the future completes when every batch sent so far has completed. */
    public CompletableFuture<Void> flush() {
        predictions.cut();
        labels.cut();
        return CompletableFuture.allOf(outstanding.toArray(new CompletableFuture[0]))
                .exceptionally(e -> null);
    }

    /** Records accepted by {@link #send} and not yet committed or failed. */
    public int pending() {
        return options.maxBuffered() - buffered.availablePermits();
    }

    /** Sends what is buffered, waits for it (at most the retry time), then stops. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        try {
            flush().get(options.retryFor().toMillis() + options.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            // the batches' own futures carry the failure
        } finally {
            closed = true;
            dispatcher.shutdownNow();
            timers.shutdownNow();
        }
    }

    /** Records waiting for their batch to fill, for one endpoint. */
    private final class Buffer {
        private final URI uri;
        private List<ObjectNode> records = new ArrayList<>();
        private CompletableFuture<Void> future = new CompletableFuture<>();
        private ScheduledFuture<?> lingerTimer;

        Buffer(URI uri) {
            this.uri = uri;
        }

        synchronized CompletableFuture<Void> add(ObjectNode record) {
            if (closed) {
                return CompletableFuture.failedFuture(new IllegalStateException("the client is closed"));
            }
            if (!buffered.tryAcquire()) {
                return CompletableFuture.failedFuture(new IllegalStateException(options.maxBuffered()
                        + " records are already waiting to be sent (is the server reachable?); this one was not "
                        + "buffered"));
            }
            records.add(record);
            CompletableFuture<Void> mine = future;
            if (records.size() >= options.batchSize()) {
                cut();
            } else if (records.size() == 1) {
                lingerTimer = timers.schedule(this::cut, options.linger().toMillis(), TimeUnit.MILLISECONDS);
            }
            return mine;
        }

        synchronized void cut() {
            if (records.isEmpty()) {
                return;
            }
            if (lingerTimer != null) {
                lingerTimer.cancel(false);
                lingerTimer = null;
            }
            Batch b = new Batch(uri, records, future);
            records = new ArrayList<>();
            future = new CompletableFuture<>();
            outstanding.add(b.done);
            b.done.whenComplete((v, e) -> {
                outstanding.remove(b.done);
                buffered.release(b.size);
            });
            dispatcher.execute(() -> dispatch(b));
        }
    }

    /** One request's records, serialised once and resent unchanged on every retry. */
    private static final class Batch {
        final URI uri;
        final byte[] body;
        final int size;
        final CompletableFuture<Void> done;
        int attempts;

        Batch(URI uri, List<ObjectNode> records, CompletableFuture<Void> done) {
            this.uri = uri;
            ArrayNode array = JSON.createArrayNode();
            records.forEach(array::add);
            this.body = array.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            this.size = records.size();
            this.done = done;
        }
    }

    private void dispatch(Batch b) {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            b.done.completeExceptionally(e);
            return;
        }
        b.done.whenComplete((v, e) -> inFlight.release());
        attempt(b, System.nanoTime() + options.retryFor().toNanos());
    }

    private void attempt(Batch b, long deadline) {
        b.attempts++;
        HttpRequest.Builder r = HttpRequest.newBuilder(b.uri).timeout(options.requestTimeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(b.body));
        if (options.token() != null) {
            r.header("Authorization", "Bearer " + options.token());
        }
        http.sendAsync(r.build(), HttpResponse.BodyHandlers.ofString()).whenComplete((resp, err) -> {
            if (err == null && resp.statusCode() / 100 == 2) {
                b.done.complete(null);
                return;
            }
            boolean retryable = err != null || Map.of(429, 1, 502, 1, 503, 1, 504, 1)
                    .containsKey(resp.statusCode());
            if (!retryable) {
                b.done.completeExceptionally(new RejectedBatchException(resp.statusCode(), resp.body()));
                return;
            }
            long wait = backoffMillis(b.attempts, resp);
            if (closed || System.nanoTime() + wait * 1_000_000 > deadline) {
                b.done.completeExceptionally(err != null ? new IOException("greenlight serve unreachable at "
                        + b.uri + " after " + b.attempts + " attempts", err)
                        : new IOException("greenlight serve answered " + resp.statusCode() + " after " + b.attempts
                        + " attempts: " + resp.body()));
                return;
            }
            timers.schedule(() -> attempt(b, deadline), wait, TimeUnit.MILLISECONDS);
        });
    }

    /** Exponential back-off with full jitter, at least what Retry-After asks. */
    private static long backoffMillis(int attempts, HttpResponse<String> resp) {
        long cap = Math.min(MAX_BACKOFF.toMillis(), FIRST_BACKOFF.toMillis() << Math.min(attempts - 1, 16));
        long wait = ThreadLocalRandom.current().nextLong(cap / 2, cap + 1);
        if (resp != null) {
            String ra = resp.headers().firstValue("Retry-After").orElse(null);
            if (ra != null) {
                try {
                    wait = Math.max(wait, Long.parseLong(ra.trim()) * 1000);
                } catch (NumberFormatException e) {
                    // an HTTP date: keep the back-off
                }
            }
        }
        return wait;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public String toString() {
        return "GreenlightClient[" + options + "]";
    }

    /** For tests and tools: the options in force. */
    public ClientOptions options() {
        return options;
    }
}
