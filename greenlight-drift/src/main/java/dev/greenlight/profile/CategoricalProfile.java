package dev.greenlight.profile;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.table.ColumnType;
import org.apache.datasketches.frequencies.ErrorType;
import org.apache.datasketches.frequencies.ItemsSketch;
import org.apache.datasketches.hll.HllSketch;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Profile of a categorical, boolean or text column. Category frequencies are exact while the column has at most
 * {@link Sketches#MAX_EXACT_CATEGORIES} distinct values; beyond that they come from a frequent-items sketch whose
 * every estimate is within {@link #frequencyError()} of the true count. Distinct values are counted by HLL. A text
 * column (free text, identifiers) is profiled from value hashes: counts and distinct values only, no frequencies.
 */
public final class CategoricalProfile implements ColumnProfile {
    private final String name;
    private final ColumnType type;
    private final boolean frequenciesTracked;
    private long count;
    private long missing;
    private TreeMap<String, Long> exact;
    private ItemsSketch<String> frequent;
    private HllSketch distinct;

    public CategoricalProfile(String name, ColumnType type) {
        this(name, type, type != ColumnType.TEXT, 0, 0, new TreeMap<>(), null, Sketches.newHll());
    }

    CategoricalProfile(String name, ColumnType type, boolean frequenciesTracked, long count, long missing,
                       TreeMap<String, Long> exact, ItemsSketch<String> frequent, HllSketch distinct) {
        this.name = Objects.requireNonNull(name, "name");
        if (type.isNumericStorage()) {
            throw new IllegalArgumentException("column '" + name + "': " + type.key() + " is not categorical");
        }
        this.type = type;
        this.frequenciesTracked = frequenciesTracked;
        this.count = count;
        this.missing = missing;
        this.exact = exact;
        this.frequent = frequent;
        this.distinct = distinct;
    }

    /** Adds {@code times} occurrences of a value ({@code null} = missing). */
    public void update(String value, long times) {
        if (times <= 0) {
            return;
        }
        count += times;
        if (value == null) {
            missing += times;
            return;
        }
        distinct.update(value);
        if (!frequenciesTracked) {
            return;
        }
        if (exact != null) {
            exact.merge(value, times, Long::sum);
            if (exact.size() > Sketches.MAX_EXACT_CATEGORIES) {
                switchToSketch();
            }
        } else {
            frequent.update(value, times);
        }
    }

    /** Adds one value of a text column known only by its hash ({@code missing} = absent). */
    public void updateHash(long hash, boolean isMissing) {
        count++;
        if (isMissing) {
            missing++;
        } else {
            distinct.update(hash);
        }
    }

    @Override
    public void merge(ColumnProfile other) {
        if (!(other instanceof CategoricalProfile o) || !o.name.equals(name) || o.type != type) {
            throw new InvalidDataException("cannot merge column '" + other.name() + "' (" + other.type().key()
                    + ") into categorical column '" + name + "' (" + type.key() + ")");
        }
        count += o.count;
        missing += o.missing;
        distinct = Sketches.union(distinct, o.distinct);
        if (!frequenciesTracked) {
            return;
        }
        if (exact != null && o.exact != null) {
            o.exact.forEach((k, v) -> exact.merge(k, v, Long::sum));
            if (exact.size() > Sketches.MAX_EXACT_CATEGORIES) {
                switchToSketch();
            }
            return;
        }
        if (exact != null) {
            switchToSketch();
        }
        if (o.exact != null) {
            o.exact.forEach((k, v) -> frequent.update(k, v));
        } else {
            frequent.merge(o.frequent);
        }
    }

    private void switchToSketch() {
        frequent = new ItemsSketch<>(Sketches.FREQUENT_ITEMS_MAP_SIZE);
        exact.forEach((k, v) -> frequent.update(k, v));
        exact = null;
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
        return exact != null && frequenciesTracked ? exact.size() : distinct.getEstimate();
    }

    /** Whether category frequencies are kept (false for text columns). */
    public boolean frequenciesTracked() {
        return frequenciesTracked;
    }

    /** Whether {@link #frequencies()} are exact counts. */
    public boolean exactFrequencies() {
        return frequenciesTracked && exact != null;
    }

    /**
     * Count per category, sorted by category: exact counts, or the frequent-items sketch's estimates of the
     * categories it still tracks (the others are in {@link #present()} but not here).
     */
    public Map<String, Long> frequencies() {
        if (!frequenciesTracked) {
            return Map.of();
        }
        if (exact != null) {
            return Collections.unmodifiableMap(exact);
        }
        TreeMap<String, Long> out = new TreeMap<>();
        for (ItemsSketch.Row<String> r : frequent.getFrequentItems(ErrorType.NO_FALSE_NEGATIVES)) {
            out.put(r.getItem(), r.getEstimate());
        }
        return Collections.unmodifiableMap(out);
    }

    /** Largest possible error of a count in {@link #frequencies()}; 0 when they are exact. */
    public long frequencyError() {
        return exact != null || !frequenciesTracked ? 0 : frequent.getMaximumError();
    }

    TreeMap<String, Long> exactMap() {
        return exact;
    }

    ItemsSketch<String> frequentSketch() {
        return frequent;
    }

    HllSketch distinctSketch() {
        return distinct;
    }
}
