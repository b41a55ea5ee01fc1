package dev.greenlight.drift;

import java.util.Map;
import java.util.Objects;

/**
 * One column of the reference and the current data, ready for a drift test: two numeric samples, or the
 * category counts of both.
 */
public final class ColumnPair {
    private final String name;
    private final ColumnKind kind;
    private final NumericSample reference;
    private final NumericSample current;
    private final CategoryCounts counts;

    private ColumnPair(String name, ColumnKind kind, NumericSample reference, NumericSample current,
                       CategoryCounts counts) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = kind;
        this.reference = reference;
        this.current = current;
        this.counts = counts;
    }

    /** A numeric column from its raw values (NaN = missing). */
    public static ColumnPair numeric(String name, double[] reference, double[] current) {
        return new ColumnPair(name, ColumnKind.NUMERIC, new ExactNumeric(reference), new ExactNumeric(current), null);
    }

    static ColumnPair numeric(String name, NumericSample reference, NumericSample current) {
        return new ColumnPair(name, ColumnKind.NUMERIC, reference, current, null);
    }

    /** A categorical column from its counts per category. */
    public static ColumnPair categorical(String name, Map<String, Long> reference, Map<String, Long> current) {
        return categorical(name, CategoryCounts.of(reference, current, 0));
    }

    static ColumnPair categorical(String name, CategoryCounts counts) {
        return new ColumnPair(name, ColumnKind.CATEGORICAL, null, null, counts);
    }

    public String name() {
        return name;
    }

    public ColumnKind kind() {
        return kind;
    }

    /** The reference sample of a numeric column. */
    public NumericSample reference() {
        return require(reference);
    }

    /** The current sample of a numeric column. */
    public NumericSample current() {
        return require(current);
    }

    /** The counts of a categorical column. */
    public CategoryCounts counts() {
        if (counts == null) {
            throw new IllegalStateException("column '" + name + "' is numeric and has no category counts");
        }
        return counts;
    }

    /** True when both sides hold the exact values (not sketches). */
    public boolean exact() {
        return kind == ColumnKind.CATEGORICAL ? counts.maxError() == 0
                : reference.sorted() != null && current.sorted() != null;
    }

    /** Present values in the reference. */
    public long referenceSize() {
        return kind == ColumnKind.NUMERIC ? reference.size() : counts.referenceTotal();
    }

    /** Present values in the current data. */
    public long currentSize() {
        return kind == ColumnKind.NUMERIC ? current.size() : counts.currentTotal();
    }

    /** Largest error of the ECDFs (numeric: sum of the two rank errors) or of the shares (categorical). */
    public double approximationError() {
        if (kind == ColumnKind.NUMERIC) {
            return reference.rankError() + current.rankError();
        }
        long n = Math.max(1, Math.min(counts.referenceTotal(), counts.currentTotal()));
        return (double) counts.maxError() / n;
    }

    private NumericSample require(NumericSample s) {
        if (s == null) {
            throw new IllegalStateException("column '" + name + "' is categorical and has no numeric sample");
        }
        return s;
    }
}
