package dev.greenlight.profile;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.table.ColumnType;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.kll.KllDoublesSketch;
import org.apache.datasketches.quantilescommon.QuantileSearchCriteria;
import org.apache.datasketches.quantilescommon.QuantilesDoublesSketchIterator;

import java.util.Objects;

/**
 * Profile of a numeric (or datetime) column: exact count, missing count, minimum and maximum; mean and variance
 * by Welford's update and Chan, Golub and LeVeque's (1979) pairwise merge; quantiles, ranks and histograms from a
 * KLL sketch (rank error {@link Sketches#KLL_RANK_ERROR}); distinct values from an HLL sketch. NaN is a missing
 * value; infinities are values.
 */
public final class NumericProfile implements ColumnProfile {
    private final String name;
    private final ColumnType type;
    private long count;
    private long missing;
    private double mean;
    private double m2;
    private double min = Double.NaN;
    private double max = Double.NaN;
    private KllDoublesSketch quantiles;
    private HllSketch distinct;

    public NumericProfile(String name, ColumnType type) {
        this(name, type, 0, 0, 0, 0, Double.NaN, Double.NaN, Sketches.newKll(), Sketches.newHll());
    }

    NumericProfile(String name, ColumnType type, long count, long missing, double mean, double m2, double min,
                   double max, KllDoublesSketch quantiles, HllSketch distinct) {
        this.name = Objects.requireNonNull(name, "name");
        if (!type.isNumericStorage()) {
            throw new IllegalArgumentException("column '" + name + "': " + type.key() + " is not numeric");
        }
        this.type = type;
        this.count = count;
        this.missing = missing;
        this.mean = mean;
        this.m2 = m2;
        this.min = min;
        this.max = max;
        this.quantiles = quantiles;
        this.distinct = distinct;
    }

    /** Adds one value (NaN counts as missing). */
    public void update(double v) {
        count++;
        if (Double.isNaN(v)) {
            missing++;
            return;
        }
        long n = count - missing;
        double delta = v - mean;
        mean += delta / n;
        m2 += delta * (v - mean);
        if (n == 1 || v < min) {
            min = v;
        }
        if (n == 1 || v > max) {
            max = v;
        }
        quantiles.update(v);
        distinct.update(v);
    }

    /**
     * The numeric profile of a categorical column whose every category is a number (a column of one or two
     * integers, which the reader takes for an indicator in one part of a dataset but not in another); empty
     * otherwise.
     */
    public static java.util.Optional<NumericProfile> fromNumericCategories(CategoricalProfile c) {
        if (!c.exactFrequencies()) {
            return java.util.Optional.empty();
        }
        NumericProfile p = new NumericProfile(c.name(), ColumnType.NUMERIC);
        try {
            for (java.util.Map.Entry<String, Long> e : c.frequencies().entrySet()) {
                double v = Double.parseDouble(e.getKey().strip());
                for (long i = 0; i < e.getValue(); i++) {
                    p.update(v);
                }
            }
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
        p.count += c.missing();
        p.missing += c.missing();
        return java.util.Optional.of(p);
    }

    /** Adds the first {@code length} values of an array. */
    public void update(double[] values, int length) {
        for (int i = 0; i < length; i++) {
            update(values[i]);
        }
    }

    @Override
    public void merge(ColumnProfile other) {
        if (!(other instanceof NumericProfile o) || !o.name.equals(name) || o.type != type) {
            throw new InvalidDataException("cannot merge column '" + other.name() + "' (" + other.type().key()
                    + ") into numeric column '" + name + "' (" + type.key() + ")");
        }
        long n1 = present();
        long n2 = o.present();
        if (n2 > 0) {
            long n = n1 + n2;
            double delta = o.mean - mean;
            mean = n1 == 0 ? o.mean : mean + delta * n2 / n;
            m2 = m2 + o.m2 + delta * delta * ((double) n1 * n2 / n);
            min = n1 == 0 ? o.min : Math.min(min, o.min);
            max = n1 == 0 ? o.max : Math.max(max, o.max);
            quantiles.merge(o.quantiles);
            distinct = Sketches.union(distinct, o.distinct);
        }
        count += o.count;
        missing += o.missing;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ColumnType type() {
        return type;
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public long missing() {
        return missing;
    }

    @Override
    public double distinctEstimate() {
        return distinct.getEstimate();
    }

    /** Mean of the present values; NaN when there are none. */
    public double mean() {
        return present() == 0 ? Double.NaN : mean;
    }

    /** Population standard deviation ({@code ddof = 0}, numpy's default); NaN without values. */
    public double standardDeviation() {
        return present() == 0 ? Double.NaN : Math.sqrt(Math.max(0, m2 / present()));
    }

    /** Sample standard deviation ({@code ddof = 1}); NaN with fewer than two values. */
    public double sampleStandardDeviation() {
        return present() < 2 ? Double.NaN : Math.sqrt(Math.max(0, m2 / (present() - 1)));
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** The sketch's estimate of the quantile at normalised rank {@code rank} in [0, 1]. */
    public double quantile(double rank) {
        return quantiles.getQuantile(rank, QuantileSearchCriteria.INCLUSIVE);
    }

    /** Estimated share of present values strictly below {@code x}. */
    public double shareBelow(double x) {
        return quantiles.isEmpty() ? Double.NaN : quantiles.getRank(x, QuantileSearchCriteria.EXCLUSIVE);
    }

    /** Estimated share of present values at or below {@code x}. */
    public double shareAtOrBelow(double x) {
        return quantiles.isEmpty() ? Double.NaN : quantiles.getRank(x, QuantileSearchCriteria.INCLUSIVE);
    }

    /**
     * An equal-width histogram of the present values between min and max (one bin when they are equal); null
     * without values.
     */
    public Histogram histogram(int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1, got " + bins);
        }
        if (present() == 0) {
            return null;
        }
        int b = max > min && Double.isFinite(max - min) ? bins : 1;
        double[] edges = new double[b + 1];
        for (int i = 0; i <= b; i++) {
            edges[i] = i == b ? max : min + (max - min) * i / b;
        }
        double[] counts = new double[b];
        double below = 0;
        for (int i = 0; i < b; i++) {
            double next = i == b - 1 ? 1 : shareBelow(edges[i + 1]);
            counts[i] = (next - below) * present();
            below = next;
        }
        return new Histogram(edges, counts);
    }

    /**
     * The values the quantile sketch retains with their weights: a weighted sample whose ECDF is within
     * {@link #rankError()} of the column's. Arrays {@code [values, weights]}, unsorted.
     */
    public double[][] weightedSample() {
        int k = quantiles.getNumRetained();
        double[] v = new double[k];
        double[] w = new double[k];
        QuantilesDoublesSketchIterator it = quantiles.iterator();
        int i = 0;
        while (it.next()) {
            v[i] = it.getQuantile();
            w[i] = it.getWeight();
            i++;
        }
        return new double[][] {v, w};
    }

    /** Normalised rank error of the quantile sketch (0 while it still holds every value). */
    public double rankError() {
        return quantiles.isEstimationMode() ? quantiles.getNormalizedRankError(false) : 0;
    }

    KllDoublesSketch quantileSketch() {
        return quantiles;
    }

    HllSketch distinctSketch() {
        return distinct;
    }

    double m2() {
        return m2;
    }

    double rawMean() {
        return mean;
    }
}
