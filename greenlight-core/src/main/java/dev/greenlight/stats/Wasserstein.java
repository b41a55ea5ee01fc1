package dev.greenlight.stats;

import dev.greenlight.error.InvalidDataException;

/**
 * First Wasserstein (earth mover's) distance between two one-dimensional empirical distributions, as scipy's
 * {@code wasserstein_distance(u, v[, u_weights, v_weights])}: {@code W1 = integral |F_u(t) - F_v(t)| dt}
 * (Ramdas, Garcia and Cuturi 2017, "On Wasserstein two-sample testing and related families of nonparametric
 * tests", eq. 3), where F are the (weighted) ECDFs. It is in the units of the data; {@code W1(x, x + c) = |c|}.
 *
 * <p>Missing values (NaN) are excluded together with their weights. Infinite values give an infinite or NaN
 * distance. Cost: one sort per sample and a merge.
 */
public final class Wasserstein {
    private Wasserstein() {
    }

    /**
     * Unweighted distance.
     *
     * @throws InvalidDataException if a sample is null or has no non-NaN value (the message names it)
     */
    public static DistanceResult distance(double[] u, double[] v) {
        return integrate(Samples.sortedNonEmpty(u, "u"), null, Samples.sortedNonEmpty(v, "v"), null);
    }

    /** Unweighted distance between samples sorted beforehand. */
    public static DistanceResult distance(SortedSample u, SortedSample v) {
        Samples.requireNonNull(u, "sample u");
        Samples.requireNonNull(v, "sample v");
        return integrate(u.requireNonEmpty("u"), null, v.requireNonEmpty("v"), null);
    }

    /**
     * Weighted distance: each value counts with its weight in its sample's ECDF.
     *
     * @throws InvalidDataException if a sample or its weights is null, their lengths differ, a weight is
     *                                  negative, NaN or infinite, or a sample's weights (after removing NaN
     *                                  values) sum to 0
     */
    public static DistanceResult distance(double[] u, double[] v, double[] uWeights, double[] vWeights) {
        WeightedSample su = WeightedSample.of(u, uWeights, "u");
        WeightedSample sv = WeightedSample.of(v, vWeights, "v");
        return integrate(su.values, su.cumulativeWeights, sv.values, sv.cumulativeWeights);
    }

    /**
     * The area between the two ECDFs, which are constant between consecutive pooled values. A null cumulative
     * weight array means unit weights.
     */
    private static DistanceResult integrate(double[] u, double[] uCumulative, double[] v, double[] vCumulative) {
        CompensatedSum area = new CompensatedSum();
        TieGroups groups = new TieGroups(u, v);
        groups.next();
        double previous = groups.value();
        double gap = Math.abs(ecdf(uCumulative, groups.xAtOrBelow(), u.length)
                - ecdf(vCumulative, groups.yAtOrBelow(), v.length));
        while (groups.next()) {
            area.add(gap * (groups.value() - previous));
            previous = groups.value();
            gap = Math.abs(ecdf(uCumulative, groups.xAtOrBelow(), u.length)
                    - ecdf(vCumulative, groups.yAtOrBelow(), v.length));
        }
        return new DistanceResult(area.value(), u.length, v.length);
    }

    private static double ecdf(double[] cumulative, int atOrBelow, int size) {
        if (cumulative == null) {
            return (double) atOrBelow / size;
        }
        return atOrBelow == 0 ? 0 : cumulative[atOrBelow - 1] / cumulative[size - 1];
    }

    /** Values sorted with their weights carried along, and the running sums of the weights. */
    private static final class WeightedSample {
        final double[] values;
        final double[] cumulativeWeights;

        private WeightedSample(double[] values, double[] cumulativeWeights) {
            this.values = values;
            this.cumulativeWeights = cumulativeWeights;
        }

        static WeightedSample of(double[] values, double[] weights, String name) {
            Samples.requireNonNull(values, "sample " + name);
            Samples.requireNonNull(weights, name + " weights");
            if (values.length != weights.length) {
                throw new InvalidDataException("sample " + name + " has " + values.length + " values but "
                        + weights.length + " weights");
            }
            int kept = 0;
            for (int i = 0; i < values.length; i++) {
                if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
                    throw new InvalidDataException(
                            name + " weights[" + i + "] must be finite and >= 0, got " + weights[i]);
                }
                if (!Double.isNaN(values[i])) {
                    kept++;
                }
            }
            Samples.requireNonEmpty(kept, name);
            double[] v = new double[kept];
            double[] w = new double[kept];
            int k = 0;
            for (int i = 0; i < values.length; i++) {
                if (!Double.isNaN(values[i])) {
                    v[k] = values[i];
                    w[k] = weights[i];
                    k++;
                }
            }
            PairSort.sort(v, w);
            CompensatedSum running = new CompensatedSum();
            for (int i = 0; i < kept; i++) {
                running.add(w[i]);
                w[i] = running.value();
            }
            if (!(w[kept - 1] > 0)) {
                throw new InvalidDataException(name + " weights sum to 0");
            }
            return new WeightedSample(v, w);
        }
    }
}
