package dev.greenlight.labels;

/**
 * What a selection strategy may look at, one entry per candidate row; a strategy that needs a part that is
 * {@code null} fails with a message saying which option supplies it.
 *
 * @param rows          number of candidate rows
 * @param probabilities {@code probabilities[i]} = class probabilities of row i (a binary score p as {1 - p, p}),
 *                      or {@code null}
 * @param strata        {@code strata[i]} = the stratum code of row i (-1 = missing, its own stratum), or
 *                      {@code null}
 * @param features      {@code features[i]} = row i's numeric features (NaN = missing), or {@code null}
 */
public record SelectionInput(int rows, double[][] probabilities, int[] strata, double[][] features) {
}
