package dev.greenlight.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work started beside the caller's own, on another thread, whose result the caller collects when it needs it: two
 * files read at once, or a comparison's multivariate methods and integrity checks computed while its columns are
 * tested. {@link #join()} gives the result, or throws what the work threw, as it was thrown (not wrapped), so a
 * user's error message reads the same whether the work ran beside or in line.
 *
 * <p>The work runs in {@link CompletableFuture}'s default executor: the common fork-join pool, or a thread of its
 * own where that pool has a single worker (two cores), so it never waits for the caller's parallel streams.
 *
 * @param <T> the result
 */
public final class Beside<T> {
    private final CompletableFuture<T> future;

    private Beside(CompletableFuture<T> future) {
        this.future = future;
    }

    /** Starts {@code work} on another thread. */
    public static <T> Beside<T> start(Supplier<T> work) {
        return new Beside<>(CompletableFuture.supplyAsync(work));
    }

    /** A result known already: nothing runs. */
    public static <T> Beside<T> done(T result) {
        return new Beside<>(CompletableFuture.completedFuture(result));
    }

    /**
     * Waits for the work and returns its result.
     *
     * @throws RuntimeException the exception the work threw, unwrapped
     * @throws Error            the error the work threw
     */
    public T join() {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * Lets the work finish unobserved: for a caller that failed before it joined, so the work's own failure (if
     * any) is not reported a second time.
     */
    public void abandon() {
        future.exceptionally(e -> null);
    }
}
