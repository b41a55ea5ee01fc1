package dev.greenlight.client;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link GreenlightClient} batches and retries.
 *
 * @param baseUri        the server, e.g. {@code http://127.0.0.1:8080}
 * @param token          the bearer token (scope ingest); null when the server runs with --insecure-no-auth
 * @param batchSize      records per request; 500 by default, which the benchmark measures
 * @param linger         how long a partly filled batch waits for more records before it is sent anyway
 * @param maxInFlight    requests under way at once; more batches wait their turn
 * @param maxBuffered    records waiting (buffered or in flight) before {@code send} refuses more, so a server
 *                       that is down cannot make the app run out of memory
 * @param retryFor       how long a batch is retried (connection failures, 429, 502, 503, 504) before its
 *                       futures fail
 * @param requestTimeout how long one request may take
 */
public record ClientOptions(URI baseUri, String token, int batchSize, Duration linger, int maxInFlight,
                            int maxBuffered, Duration retryFor, Duration requestTimeout) {

    public ClientOptions {
        Objects.requireNonNull(baseUri, "baseUri");
        if (batchSize < 1 || maxInFlight < 1 || maxBuffered < batchSize) {
            throw new IllegalArgumentException("expected batchSize >= 1, maxInFlight >= 1 and maxBuffered >= "
                    + "batchSize, found " + batchSize + ", " + maxInFlight + ", " + maxBuffered);
        }
    }

    public static ClientOptions defaults(URI baseUri, String token) {
        return new ClientOptions(baseUri, token, 500, Duration.ofMillis(50), 4, 100_000, Duration.ofMinutes(2),
                Duration.ofSeconds(60));
    }

    public ClientOptions withBatchSize(int n) {
        return new ClientOptions(baseUri, token, n, linger, maxInFlight, Math.max(maxBuffered, n), retryFor,
                requestTimeout);
    }

    public ClientOptions withMaxInFlight(int n) {
        return new ClientOptions(baseUri, token, batchSize, linger, n, maxBuffered, retryFor, requestTimeout);
    }

    public ClientOptions withRetryFor(Duration d) {
        return new ClientOptions(baseUri, token, batchSize, linger, maxInFlight, maxBuffered, d, requestTimeout);
    }

    public ClientOptions withLinger(Duration d) {
        return new ClientOptions(baseUri, token, batchSize, d, maxInFlight, maxBuffered, retryFor, requestTimeout);
    }

    @Override
    public String toString() {
        return "ClientOptions[" + baseUri + ", token " + (token == null ? "none" : "set") + ", batchSize="
                + batchSize + ", linger=" + linger + ", maxInFlight=" + maxInFlight + ", maxBuffered=" + maxBuffered
                + ", retryFor=" + retryFor + "]";
    }
}
