package dev.greenlight.drift;

import dev.greenlight.table.NumericColumn;

import java.util.Map;
import java.util.Objects;

/**
 * One column of the reference and the current data, ready for a drift test: two numeric samples, or the
 * category counts of both. A numeric column of two raw tables may be lined up {@linkplain #unsorted unsorted}:
 * the drift engine sorts it when its turn comes ({@link #sorted()}) and lets the sorted copies go after its tests,
 * so the sorted values of every column are never held at once.
 */
public final class ColumnPair {
    private final String name;
    private final ColumnKind kind;
    private final NumericSample reference;
    private final NumericSample current;
    private final CategoryCounts counts;
    /** The raw columns of an unsorted numeric pair (null otherwise). */
    private final NumericColumn referenceColumn;
    private final NumericColumn currentColumn;

    private ColumnPair(String name, ColumnKind kind, NumericSample reference, NumericSample current,
                       CategoryCounts counts) {
        this(name, kind, reference, current, counts, null, null);
    }

    private ColumnPair(String name, ColumnKind kind, NumericSample reference, NumericSample current,
                       CategoryCounts counts, NumericColumn referenceColumn, NumericColumn currentColumn) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = kind;
        this.reference = reference;
        this.current = current;
        this.counts = counts;
        this.referenceColumn = referenceColumn;
        this.currentColumn = currentColumn;
    }

    /** A numeric column from its raw values (NaN = missing). */
    public static ColumnPair numeric(String name, double[] reference, double[] current) {
        return new ColumnPair(name, ColumnKind.NUMERIC, new ExactNumeric(reference), new ExactNumeric(current), null);
    }

    static ColumnPair numeric(String name, NumericSample reference, NumericSample current) {
        return new ColumnPair(name, ColumnKind.NUMERIC, reference, current, null);
    }

    /** A numeric column of two raw tables, to be sorted by {@link #sorted()} when its tests run. */
    static ColumnPair unsorted(NumericColumn reference, NumericColumn current) {
        return new ColumnPair(reference.name(), ColumnKind.NUMERIC, null, null, null, reference, current);
    }

    /** Whether this pair's samples are still to be sorted ({@link #sorted()}). */
    boolean isUnsorted() {
        return referenceColumn != null;
    }

    /** This pair ready for a test: its numeric columns sorted if they were not; else itself. */
    ColumnPair sorted() {
        if (!isUnsorted()) {
            return this;
        }
        return numeric(name, new ExactNumeric(referenceColumn.toArray()), new ExactNumeric(currentColumn.toArray()));
    }

    /** The same, with the reference already sorted by the caller (one sort shared with its chunk effects). */
    ColumnPair sorted(ExactNumeric sortedReference) {
        if (!isUnsorted()) {
            return this;
        }
        return numeric(name, sortedReference, new ExactNumeric(currentColumn.toArray()));
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

    /** The reference sample of a numeric column (of a {@linkplain #sorted() sorted} pair). */
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
                : isUnsorted() || reference.sorted() != null && current.sorted() != null;
    }

    /** Present values in the reference. */
    public long referenceSize() {
        if (isUnsorted()) {
            return referenceColumn.size() - referenceColumn.missingCount();
        }
        return kind == ColumnKind.NUMERIC ? reference.size() : counts.referenceTotal();
    }

    /** Present values in the current data. */
    public long currentSize() {
        if (isUnsorted()) {
            return currentColumn.size() - currentColumn.missingCount();
        }
        return kind == ColumnKind.NUMERIC ? current.size() : counts.currentTotal();
    }

    /** Largest error of the ECDFs (numeric: sum of the two rank errors) or of the shares (categorical). */
    public double approximationError() {
        if (isUnsorted()) {
            return 0;
        }
        if (kind == ColumnKind.NUMERIC) {
            return reference.rankError() + current.rankError();
        }
        long n = Math.max(1, Math.min(counts.referenceTotal(), counts.currentTotal()));
        return (double) counts.maxError() / n;
    }

    private NumericSample require(NumericSample s) {
        if (isUnsorted()) {
            throw new IllegalStateException("column '" + name + "' is not sorted yet; test its sorted() pair");
        }
        if (s == null) {
            throw new IllegalStateException("column '" + name + "' is categorical and has no numeric sample");
        }
        return s;
    }
}
