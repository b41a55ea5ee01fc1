package dev.greenlight.monitor;

import dev.greenlight.stats.SampleMoments;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An offline change-point test for one short series of per-chunk figures: the standardised CUSUM statistic for a
 * single change in mean, {@code max_k |S_k - k/m S_m| / sqrt(k (m - k) / m)} (the "at most one change" test of
 * Page 1954 and Hinkley 1970 in its offline form). Its scale comes from the reference: the series is divided by the
 * standard deviation (ddof 1) of the same figure over the {@code r} reference chunks (the noise a chunk shows when
 * nothing changed), and the p-value is the share of seeded Gaussian draws whose studentised statistic is at least as
 * large, each draw a series of the same length divided by the standard deviation of {@code r} further draws (Monte
 * Carlo, simulated once per length and {@code r}), so the uncertainty of a scale learnt from few reference chunks
 * is part of the null distribution, as in a t-test. Where the reference gives no scale (fewer than two values, or none
 * varying) the p-value comes from permutations of the series itself, which needs no scale but cannot reach small
 * p-values on a short series.
 *
 * <p>Offline rather than Page-Hinkley or an online CUSUM because the whole series is at hand and those need a drift
 * allowance and a threshold tuned per series; here the only setting is the significance level.
 *
 * <p>Where the test rejects, the series is told apart as a sudden step or a slow trend by the Bayesian information
 * criterion of a two-level step (three parameters: two means and the chunk) against a straight line (two).
 */
final class ChangePoints {
    static final int MIN_LENGTH = 6;

    /**
     * A detected change.
     *
     * @param position  index (in the series) of the first value after the step, or where the trend crosses its
     *                  midpoint
     * @param before    mean before
     * @param after     mean after
     * @param shift     after - before (step) or the fitted rise over the series (trend)
     * @param trend     a trend fits better than a step
     * @param pValue    permutation p-value
     */
    record Found(int position, double before, double after, double shift, boolean trend, double pValue) {
    }

    private ChangePoints() {
    }

    private static final java.util.Map<String, double[]> NULLS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The permutation form, for a series without a reference scale. */
    static Found test(double[] series, double alpha, int permutations, long seed) {
        return test(series, null, alpha, permutations, seed);
    }

    /**
     * The change, or null when the series has none at level {@code alpha} (or is too short or constant).
     *
     * @param reference the figure on the reference chunks (NaN left out); fewer than two, or none varying = use
     *                  permutations
     * @param draws     simulated null series, or permutations
     */
    static Found test(double[] series, double[] reference, double alpha, int draws, long seed) {
        double[] ref = reference == null ? new double[0]
                : Arrays.stream(reference).filter(v -> !Double.isNaN(v)).toArray();
        double sigma = SampleMoments.standardDeviation(ref);
        int m = series.length;
        if (m < MIN_LENGTH) {
            return null;
        }
        double lo = Arrays.stream(series).min().orElse(0);
        double hi = Arrays.stream(series).max().orElse(0);
        if (hi - lo <= 1e-12 * Math.max(1, Math.abs(hi))) {
            return null;
        }
        int[] at = new int[1];
        double observed = statistic(series, at);
        double pValue;
        if (Double.isFinite(sigma) && sigma > 0) {
            int r = ref.length;
            double[] nullStats = NULLS.computeIfAbsent(m + "/" + r + "/" + draws, k -> simulate(m, r, draws));
            double z = observed / sigma;
            int below = Arrays.binarySearch(nullStats, z - 1e-12);
            int firstAtLeast = below >= 0 ? below : -below - 1;
            pValue = (nullStats.length - firstAtLeast + 1.0) / (nullStats.length + 1.0);
        } else {
            pValue = permutationP(series, observed, draws, seed);
        }
        if (pValue > alpha) {
            return null;
        }
        int k = at[0];
        double before = mean(series, 0, k);
        double after = mean(series, k, m);
        double rssStep = rss(series, 0, k, before) + rss(series, k, m, after);
        double[] line = line(series);
        double rssLine = 0;
        for (int i = 0; i < m; i++) {
            double d = series[i] - (line[0] + line[1] * i);
            rssLine += d * d;
        }
        double bicStep = m * Math.log(Math.max(rssStep, 1e-300) / m) + 3 * Math.log(m);
        double bicLine = m * Math.log(Math.max(rssLine, 1e-300) / m) + 2 * Math.log(m);
        boolean trend = bicLine < bicStep;
        double shift = trend ? line[1] * (m - 1) : after - before;
        return new Found(k, before, after, shift, trend, pValue);
    }

    /** Sorted studentised statistics of Gaussian series of length m over the sd of r draws (seeded). */
    private static double[] simulate(int m, int r, int draws) {
        SplittableRandom random = new SplittableRandom(0x5EED + 31L * m + r);
        double[] x = new double[m];
        double[] y = new double[r];
        double[] out = new double[draws];
        int[] ignored = new int[1];
        for (int d = 0; d < draws; d++) {
            for (int i = 0; i < m; i++) {
                x[i] = random.nextGaussian();
            }
            for (int i = 0; i < r; i++) {
                y[i] = random.nextGaussian();
            }
            out[d] = statistic(x, ignored) / SampleMoments.standardDeviation(y);
        }
        Arrays.sort(out);
        return out;
    }

    private static double permutationP(double[] series, double observed, int permutations, long seed) {
        int m = series.length;
        SplittableRandom r = new SplittableRandom(seed);
        double[] shuffled = series.clone();
        int atLeast = 0;
        int[] ignored = new int[1];
        for (int p = 0; p < permutations; p++) {
            for (int i = m - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                double t = shuffled[i];
                shuffled[i] = shuffled[j];
                shuffled[j] = t;
            }
            if (statistic(shuffled, ignored) >= observed - 1e-12) {
                atLeast++;
            }
        }
        return (atLeast + 1.0) / (permutations + 1.0);
    }

    /** The maximum standardised CUSUM; {@code at[0]} receives the first index after the best split. */
    static double statistic(double[] x, int[] at) {
        int m = x.length;
        double total = 0;
        for (double v : x) {
            total += v;
        }
        double best = -1;
        double cum = 0;
        for (int k = 1; k < m; k++) {
            cum += x[k - 1];
            double s = Math.abs(cum - total * k / m) / Math.sqrt((double) k * (m - k) / m);
            if (s > best) {
                best = s;
                at[0] = k;
            }
        }
        return best;
    }

    private static double mean(double[] x, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += x[i];
        }
        return s / (to - from);
    }

    private static double rss(double[] x, int from, int to, double mean) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += (x[i] - mean) * (x[i] - mean);
        }
        return s;
    }

    /** Least-squares intercept and slope over the positions 0..m-1. */
    private static double[] line(double[] x) {
        int m = x.length;
        double mx = (m - 1) / 2.0;
        double my = mean(x, 0, m);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < m; i++) {
            sxy += (i - mx) * (x[i] - my);
            sxx += (i - mx) * (i - mx);
        }
        double slope = sxy / sxx;
        return new double[]{my - slope * mx, slope};
    }

    /** Positions of the non-NaN values of a series, so a series with gaps is tested on what it has. */
    static int[] present(double[] x) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i])) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
