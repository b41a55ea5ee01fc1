package dev.greenlight.checklist.benchmark;

import dev.greenlight.table.RowHashes;
import dev.greenlight.table.Table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many test rows also occur in train, judged against how often rows repeat within train.
 *
 * <p>For data drawn from one distribution, the chance that a new row equals some training row is about the share of
 * training rows that equal another training row (both are {@code sum_v p_v (1 - (1 - p_v)^n)}). Low-cardinality data
 * (a few categorical features) repeats rows naturally and shares many with test; continuous data almost never does.
 * So the overlap counts as leakage only when it exceeds the within-train repeat share by more than sampling noise:
 * a one-sided z-score above {@link #Z_LIMIT} and at least {@link #MIN_EXCESS} more, or any overlap when train rows
 * never repeat.
 *
 * @param trainRows           rows of train
 * @param testRows            rows of test
 * @param sharedTestRows      test rows identical to some train row
 * @param trainDuplicateShare share of train rows identical to another train row
 */
record RowOverlap(int trainRows, int testRows, long sharedTestRows, double trainDuplicateShare) {
    static final double Z_LIMIT = 3.0;
    static final double MIN_EXCESS = 0.01;

    static RowOverlap of(Table train, Table test, List<String> wanted) {
        List<String> columns = wanted.stream().filter(c -> train.has(c) && test.has(c)).toList();
        Map<Long, Integer> counts = new HashMap<>();
        for (long h : RowHashes.of(train, columns)) {
            counts.merge(h, 1, Integer::sum);
        }
        long repeated = 0;
        for (int c : counts.values()) {
            if (c > 1) {
                repeated += c;
            }
        }
        long shared = 0;
        for (long h : RowHashes.of(test, columns)) {
            if (counts.containsKey(h)) {
                shared++;
            }
        }
        return new RowOverlap(train.rowCount(), test.rowCount(), shared, (double) repeated / train.rowCount());
    }

    double testShare() {
        return (double) sharedTestRows / testRows;
    }

    boolean excessive() {
        if (sharedTestRows == 0) {
            return false;
        }
        double d = trainDuplicateShare;
        if (d == 0) {
            return true;
        }
        double excess = testShare() - d;
        double z = excess / Math.sqrt(d * (1 - d) / testRows);
        return excess >= MIN_EXCESS && z > Z_LIMIT;
    }
}
