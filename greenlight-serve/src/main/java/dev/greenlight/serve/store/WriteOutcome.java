package dev.greenlight.serve.store;

/**
 * What one write transaction changed.
 *
 * @param before  the store's counts just before it
 * @param after   the counts it committed
 * @param touched the times (milliseconds since the epoch) of the predictions it stored or labelled: the windows
 *                whose figures changed
 */
public record WriteOutcome(StoreStats before, StoreStats after, long[] touched) {
}
