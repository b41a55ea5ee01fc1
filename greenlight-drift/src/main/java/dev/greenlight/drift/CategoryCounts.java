package dev.greenlight.drift;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Counts per category of a column in the reference and the current data, over the union of their categories in
 * sorted order: row 0 and row 1 of the 2 x k contingency table the categorical tests use.
 *
 * @param categories the categories seen in either dataset, sorted
 * @param reference  reference count per category
 * @param current    current count per category
 * @param maxError   largest error of a count (0 when exact; positive when a profile's frequent-items sketch
 *                   estimated them)
 */
public record CategoryCounts(List<String> categories, long[] reference, long[] current, long maxError) {
    public CategoryCounts {
        categories = List.copyOf(categories);
        reference = reference.clone();
        current = current.clone();
    }

    public static CategoryCounts of(Map<String, Long> reference, Map<String, Long> current, long maxError) {
        TreeSet<String> all = new TreeSet<>(reference.keySet());
        all.addAll(current.keySet());
        List<String> cats = new ArrayList<>(all);
        long[] r = new long[cats.size()];
        long[] c = new long[cats.size()];
        for (int i = 0; i < cats.size(); i++) {
            r[i] = reference.getOrDefault(cats.get(i), 0L);
            c[i] = current.getOrDefault(cats.get(i), 0L);
        }
        return new CategoryCounts(cats, r, c, maxError);
    }

    @Override
    public long[] reference() {
        return reference.clone();
    }

    @Override
    public long[] current() {
        return current.clone();
    }

    public int size() {
        return categories.size();
    }

    /** The 2 x k table: reference counts, then current counts. */
    public long[][] table() {
        return new long[][] {reference.clone(), current.clone()};
    }

    public long referenceTotal() {
        return sum(reference);
    }

    public long currentTotal() {
        return sum(current);
    }

    double[] referenceAsDoubles() {
        return doubles(reference);
    }

    double[] currentAsDoubles() {
        return doubles(current);
    }

    private static double[] doubles(long[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i];
        }
        return out;
    }

    private static long sum(long[] v) {
        long s = 0;
        for (long x : v) {
            s += x;
        }
        return s;
    }
}
