package dev.greenlight.serve.store;

/**
 * What the store holds, committed, now.
 *
 * @param predictions stored predictions
 * @param labels      stored labels, joined or not
 * @param joined      predictions that have a label
 */
public record StoreStats(long predictions, long labels, long joined) {
}
