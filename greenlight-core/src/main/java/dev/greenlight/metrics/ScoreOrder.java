package dev.greenlight.metrics;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.stats.RadixSort;

/**
 * The rows of a score column in ascending order of score, sorted once and then reused: ROC AUC, average precision
 * and DeLong's placement values walk it run by run (a run is a maximal set of tied scores), and a bootstrap evaluates
 * each resample on the same order by giving every row an integer multiplicity instead of sorting again.
 *
 * <p>Sorting is a linear-time radix sort on primitive arrays ({@code O(n)} time, about {@code 32 n} bytes of
 * scratch), stable in row order.
 */
public final class ScoreOrder {
    private final int[] rows;
    private final double[] scores;

    private ScoreOrder(int[] rows, double[] scores) {
        this.rows = rows;
        this.scores = scores;
    }

    /**
     * Sorts the rows of {@code scores}.
     *
     * @throws InvalidDataException when a score is NaN (a NaN has no place in an order)
     */
    public static ScoreOrder of(double[] scores) {
        int nan = Checks.firstNaN(scores);
        if (nan >= 0) {
            throw new InvalidDataException("score at row " + nan + " is NaN");
        }
        double[] sorted = new double[scores.length];
        int[] rows = RadixSort.argsort(scores, sorted);
        return new ScoreOrder(rows, sorted);
    }

    public int size() {
        return rows.length;
    }

    /** The row at a position of the order (position 0 has the lowest score). */
    public int row(int position) {
        return rows[position];
    }

    /** The score at a position of the order. */
    public double score(int position) {
        return scores[position];
    }

    /**
     * Weight of the positive rows and of the other rows among positions {@code [start, end)}, into {@code out[0]}
     * and {@code out[1]}; a row weighs {@code weights[r] * multiplicities[r]} (either array may be null for 1).
     */
    void runWeights(int start, int end, int[] yTrue, int positive, double[] weights, int[] multiplicities,
                    double[] out) {
        double pos = 0.0;
        double neg = 0.0;
        for (int k = start; k < end; k++) {
            int r = rows[k];
            double w = Checks.weight(weights, multiplicities, r);
            if (yTrue[r] == positive) {
                pos += w;
            } else {
                neg += w;
            }
        }
        out[0] = pos;
        out[1] = neg;
    }

    /** The start of the run of scores equal to the one at {@code end - 1}. */
    int runStart(int end) {
        double s = scores[end - 1];
        int start = end - 1;
        while (start > 0 && scores[start - 1] == s) {
            start--;
        }
        return start;
    }

    /** The end (exclusive) of the run of scores equal to the one at {@code start}. */
    int runEnd(int start) {
        double s = scores[start];
        int end = start + 1;
        while (end < scores.length && scores[end] == s) {
            end++;
        }
        return end;
    }
}
