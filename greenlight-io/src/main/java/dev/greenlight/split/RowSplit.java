package dev.greenlight.split;

/**
 * The rows of each side of a split, as 0-based data-row numbers of the source, ascending.
 *
 * @param train rows of the training set
 * @param test  rows of the test set
 */
public record RowSplit(int[] train, int[] test) {
}
