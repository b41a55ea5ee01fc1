package dev.greenlight.serve.store;

/**
 * What the store holds, committed, now: the counts kept in {@code event_counts} by every write transaction.
 *
 * @param predictions stored predictions
 * @param labels      stored labels, joined to their prediction or waiting for it
 * @param joined      predictions that have a label
 * @param writes      write transactions committed so far (by any server on the store)
 */
public record StoreStats(long predictions, long labels, long joined, long writes) {

    /** Labels whose prediction is not stored yet. */
    public long pending() {
        return labels - joined;
    }
}
