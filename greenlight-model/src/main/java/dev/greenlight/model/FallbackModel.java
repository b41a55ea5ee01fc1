package dev.greenlight.model;

import dev.greenlight.table.Table;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A primary model backed by a fallback: each call goes to the primary, and when it fails or has not answered
 * within the timeout, the fallback answers instead. The primary runs on its own thread so a stalled call (a hung
 * endpoint, a native call that does not return) cannot hold up the answer; a timed-out call is cancelled and
 * left to finish on that daemon thread.
 */
public final class FallbackModel implements Model {

    /**
     * One call's answer and who gave it.
     *
     * @param predictions     the answer
     * @param servedBy        the name of the model that answered
     * @param primaryFailure  why the primary did not answer, or null when it did
     */
    public record Served(Predictions predictions, String servedBy, String primaryFailure) {
        public boolean byFallback() {
            return primaryFailure != null;
        }
    }

    private final String primaryName;
    private final Model primary;
    private final Duration timeout;
    private final String fallbackName;
    private final Model fallback;
    private final ExecutorService calls = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "greenlight-primary-call");
        t.setDaemon(true);
        return t;
    });

    public FallbackModel(String primaryName, Model primary, Duration timeout, String fallbackName, Model fallback) {
        this.primaryName = primaryName;
        this.primary = primary;
        this.timeout = timeout;
        this.fallbackName = fallbackName;
        this.fallback = fallback;
    }

    @Override
    public Predictions predict(Table rows) {
        return predictServed(rows).predictions();
    }

    /** Scores the rows with the primary, or with the fallback when the primary fails or times out. */
    public Served predictServed(Table rows) {
        String failure;
        Future<Predictions> call = calls.submit(() -> primary.predict(rows));
        try {
            return new Served(call.get(timeout.toNanos(), TimeUnit.NANOSECONDS), primaryName, null);
        } catch (TimeoutException e) {
            call.cancel(true);
            failure = "no answer within " + timeout.toMillis() + " ms";
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            failure = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new ModelException("scoring was interrupted while waiting for model '" + primaryName + "'", e);
        }
        try {
            return new Served(fallback.predict(rows), fallbackName, failure);
        } catch (RuntimeException e) {
            throw new ModelException("model '" + primaryName + "' failed (" + failure + ") and its fallback '"
                    + fallbackName + "' failed too: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        calls.shutdownNow();
        try {
            primary.close();
        } finally {
            fallback.close();
        }
    }
}
