package dev.greenlight.monitor;

import dev.greenlight.metrics.ScoreOrder;
import dev.greenlight.table.Column;
import dev.greenlight.table.NumericColumn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The analysis rows by id, for joining labels. Numeric ids are radix-sorted and found by binary search (a join of
 * 200,000 labels then costs milliseconds); other ids go through a hash map of their text. A numeric id and a text
 * id match when their text does ({@code 17} and {@code "17"}).
 */
abstract class IdIndex {
    private static final int[] NONE = new int[0];

    static IdIndex of(Column ids) {
        return ids instanceof NumericColumn n ? new Sorted(n) : new Hashed(ids);
    }

    /** Analysis rows repeating an id seen before. */
    abstract int duplicates();

    /** The analysis rows whose id equals row {@code j} of {@code other}; empty when none. */
    abstract int[] rows(Column other, int j);

    /** A key that identifies the id of row {@code j} of {@code other}, for counting repeats. */
    String key(Column other, int j) {
        if (other instanceof NumericColumn n) {
            return Double.toString(n.get(j));
        }
        String text = other.format(j);
        try {
            return Double.toString(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static final class Sorted extends IdIndex {
        private final ScoreOrder order;
        private final int duplicates;

        Sorted(NumericColumn ids) {
            double[] v = ids.toArray();
            for (int i = 0; i < v.length; i++) {
                if (Double.isNaN(v[i])) {
                    v[i] = Double.NEGATIVE_INFINITY; // never matched: a label's missing id is skipped
                }
            }
            order = ScoreOrder.of(v);
            int d = 0;
            for (int i = 1; i < v.length; i++) {
                if (order.score(i) == order.score(i - 1) && order.score(i) != Double.NEGATIVE_INFINITY) {
                    d++;
                }
            }
            duplicates = d;
        }

        @Override
        int duplicates() {
            return duplicates;
        }

        @Override
        int[] rows(Column other, int j) {
            double x;
            if (other instanceof NumericColumn n) {
                x = n.get(j);
            } else {
                try {
                    x = Double.parseDouble(other.format(j));
                } catch (NumberFormatException | NullPointerException e) {
                    return NONE;
                }
            }
            if (Double.isNaN(x) || Double.isInfinite(x)) {
                return NONE;
            }
            int lo = 0;
            int hi = order.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (order.score(mid) < x) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            int end = lo;
            while (end < order.size() && order.score(end) == x) {
                end++;
            }
            if (end == lo) {
                return NONE;
            }
            int[] out = new int[end - lo];
            for (int k = lo; k < end; k++) {
                out[k - lo] = order.row(k);
            }
            Arrays.sort(out);
            return out;
        }
    }

    private static final class Hashed extends IdIndex {
        private final Map<String, List<Integer>> rows = new HashMap<>();
        private int duplicates;

        Hashed(Column ids) {
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.format(i);
                if (id == null) {
                    continue;
                }
                List<Integer> r = rows.computeIfAbsent(key(ids, i), k -> new ArrayList<>(1));
                duplicates += r.isEmpty() ? 0 : 1;
                r.add(i);
            }
        }

        @Override
        int duplicates() {
            return duplicates;
        }

        @Override
        int[] rows(Column other, int j) {
            List<Integer> r = rows.get(key(other, j));
            return r == null ? NONE : r.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
