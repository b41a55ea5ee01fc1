package dev.greenlight.drift.integrity;

import dev.greenlight.metrics.RocAuc;
import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.Column;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.RowHashes;
import dev.greenlight.table.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Data-integrity checks: on one dataset (constant and near-constant columns, columns mixing numbers and text,
 * duplicate rows) and between a training set and another (rows shared with training, categories never seen in
 * training, more numbers outside the training range than chance explains, a feature that gives the label away).
 */
public final class IntegrityChecks {
    /** A column whose most frequent value covers at least this share of present values is near-constant. */
    public static final double NEAR_CONSTANT_SHARE = 0.99;
    /** A single feature with a ROC AUC (or majority-label accuracy) at least this high leaks the label. */
    public static final double LEAKAGE_SCORE = 0.99;
    /**
     * Family-wise level of the out-of-range findings: a column is reported when the count of new values outside
     * the training range has a chance probability below this over the number of numeric columns (Bonferroni).
     */
    public static final double OUT_OF_RANGE_LEVEL = 0.05;
    /** Single-feature AUC at which a feature that also stands far above the others is reported. */
    public static final double STANDS_OUT_SCORE = 0.9;
    /** How far above the next best feature's AUC such a feature stands. */
    public static final double STANDS_OUT_GAP = 0.15;
    /** Rows a feature must be present (or missing) in before its presence is judged. */
    static final int MIN_PRESENCE_ROWS = 20;
    /** Chance probability below which presence for one class only is reported. */
    static final double PRESENCE_LEVEL = 1e-6;

    private IntegrityChecks() {
    }

    /** The checks of a single dataset. */
    public static List<IntegrityFinding> of(Table table, String label) {
        List<IntegrityFinding> out = new ArrayList<>();
        for (Column c : table.columns()) {
            constancy(c, label, out);
            if (c instanceof CategoricalColumn cat) {
                mixedTypes(cat, label, out);
            }
        }
        long[] hashes = RowHashes.of(table, table.columnNames());
        java.util.Arrays.sort(hashes);
        long duplicates = 0;
        for (int i = 1; i < hashes.length; i++) {
            if (hashes[i] == hashes[i - 1]) {
                duplicates++;
            }
        }
        if (duplicates > 0) {
            out.add(new IntegrityFinding(IntegrityFinding.Kind.DUPLICATE_ROWS, null, duplicates, label + ": "
                    + duplicates + " of " + table.rowCount() + " rows repeat an earlier row exactly"));
        }
        return out;
    }

    /**
     * The checks between training data and another dataset (test, validation, production), over their common
     * columns; {@code target} (may be null) is left out of the row comparison and used for the leakage check:
     * {@link #sharedRows}, {@link #columns} and {@link #leakage} together.
     */
    public static List<IntegrityFinding> between(Table train, Table other, String otherLabel, String target) {
        List<IntegrityFinding> out = new ArrayList<>(sharedRows(train, other, otherLabel, target));
        out.addAll(columns(train, other, otherLabel, target));
        out.addAll(leakage(train, target));
        return out;
    }

    /** Rows of {@code other} identical to a training row over the common columns but {@code target} (may be null). */
    public static List<IntegrityFinding> sharedRows(Table train, Table other, String otherLabel, String target) {
        List<String> common = common(train, other, target);
        long[] trainRows = RowHashes.of(train, common);
        long[] otherRows = RowHashes.of(other, common);
        java.util.Arrays.sort(trainRows);
        java.util.Arrays.sort(otherRows);
        // both sorted, one merge: a binary search per row jumped about the training hashes (a million rows took
        // 0.4 s of the integrity checks' 1 s)
        long shared = 0;
        int t = 0;
        for (long h : otherRows) {
            while (t < trainRows.length && trainRows[t] < h) {
                t++;
            }
            if (t < trainRows.length && trainRows[t] == h) {
                shared++;
            }
        }
        if (shared == 0) {
            return List.of();
        }
        return List.of(new IntegrityFinding(IntegrityFinding.Kind.SHARED_ROWS, null, shared, otherLabel + ": "
                + shared + " of " + other.rowCount() + " rows also occur in the training data (leakage between the "
                + "sets)"));
    }

    /** Categories never seen in training and numbers outside the training range, per common column. */
    public static List<IntegrityFinding> columns(Table train, Table other, String otherLabel, String target) {
        List<IntegrityFinding> out = new ArrayList<>();
        List<String> common = common(train, other, target);
        long numeric = common.stream().filter(n -> train.column(n) instanceof NumericColumn
                && other.column(n) instanceof NumericColumn && train.column(n).type() == ColumnType.NUMERIC).count();
        for (String name : common) {
            Column t = train.column(name);
            Column o = other.column(name);
            if (t instanceof NumericColumn tn && o instanceof NumericColumn on && t.type() == ColumnType.NUMERIC) {
                outOfRange(tn, on, otherLabel, OUT_OF_RANGE_LEVEL / numeric, out);
            } else if (t instanceof CategoricalColumn tc && o instanceof CategoricalColumn oc) {
                unseen(tc, oc, otherLabel, out);
            }
        }
        return out;
    }

    /** Training columns that alone predict the label {@code target} almost perfectly; none when it is null. */
    public static List<IntegrityFinding> leakage(Table train, String target) {
        List<IntegrityFinding> out = new ArrayList<>();
        if (target != null && train.has(target)) {
            leakage(train, target, out);
        }
        return out;
    }

    private static List<String> common(Table train, Table other, String target) {
        return train.columnNames().stream().filter(other::has).filter(c -> !c.equals(target)).toList();
    }

    private static void constancy(Column c, String label, List<IntegrityFinding> out) {
        Map<String, Long> counts = new HashMap<>();
        long present = 0;
        for (int i = 0; i < c.size(); i++) {
            String v = c.format(i);
            if (v != null) {
                counts.merge(v, 1L, Long::sum);
                present++;
            }
        }
        if (present == 0) {
            return;
        }
        long top = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        if (counts.size() == 1) {
            out.add(new IntegrityFinding(IntegrityFinding.Kind.CONSTANT_COLUMN, c.name(), present, label
                    + ", column '" + c.name() + "': every present value is '" + counts.keySet().iterator().next()
                    + "'"));
        } else if (top >= NEAR_CONSTANT_SHARE * present) {
            out.add(new IntegrityFinding(IntegrityFinding.Kind.NEAR_CONSTANT_COLUMN, c.name(), top, label
                    + ", column '" + c.name() + "': one value covers " + top + " of " + present + " present values"));
        }
    }

    private static void mixedTypes(CategoricalColumn c, String label, List<IntegrityFinding> out) {
        long[] counts = c.counts();
        long numbers = 0;
        long present = 0;
        String example = null;
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] == 0) {
                continue;
            }
            present += counts[k];
            try {
                Double.parseDouble(c.dictionary().get(k).strip());
                numbers += counts[k];
            } catch (NumberFormatException e) {
                example = example == null ? c.dictionary().get(k) : example;
            }
        }
        if (numbers > 0 && numbers < present) {
            out.add(new IntegrityFinding(IntegrityFinding.Kind.MIXED_TYPES, c.name(), present - numbers, label
                    + ", column '" + c.name() + "': " + numbers + " values are numbers and " + (present - numbers)
                    + " are text (e.g. '" + example + "')"));
        }
    }

    /**
     * New values outside the training range, reported only when there are more than chance explains
     * ({@link RangeExceedance}: about 2n/(m+1) of n new values lie outside the range of m training values even
     * when nothing changed), with the expectation and the p-value in the message.
     */
    private static void outOfRange(NumericColumn train, NumericColumn other, String label, double level,
                                   List<IntegrityFinding> out) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        long m = 0;
        for (int i = 0; i < train.size(); i++) {
            double v = train.get(i);
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
                m++;
            }
        }
        long outside = 0;
        long n = 0;
        for (int i = 0; i < other.size(); i++) {
            double v = other.get(i);
            if (!Double.isNaN(v)) {
                n++;
                if (v < min || v > max) {
                    outside++;
                }
            }
        }
        if (outside == 0 || m < 2) {
            return;
        }
        double p = RangeExceedance.tail(outside, n, m);
        if (p < level) {
            out.add(new IntegrityFinding(IntegrityFinding.Kind.OUT_OF_RANGE, train.name(), outside, label
                    + ", column '" + train.name() + "': " + outside + " values outside the training range ["
                    + min + ", " + max + "], where chance explains about " + String.format(java.util.Locale.ROOT,
                    "%.2g", RangeExceedance.expected(n, m)) + " (" + n + " values against " + m + " in training; "
                    + "p = " + String.format(java.util.Locale.ROOT, "%.2g", p) + ")"));
        }
    }

    private static void unseen(CategoricalColumn train, CategoricalColumn other, String label,
                               List<IntegrityFinding> out) {
        Set<String> known = new HashSet<>();
        long[] tc = train.counts();
        for (int k = 0; k < tc.length; k++) {
            if (tc[k] > 0) {
                known.add(train.dictionary().get(k));
            }
        }
        long[] oc = other.counts();
        long rows = 0;
        List<String> names = new ArrayList<>();
        for (int k = 0; k < oc.length; k++) {
            String v = other.dictionary().get(k);
            if (oc[k] > 0 && !known.contains(v)) {
                rows += oc[k];
                names.add("'" + v + "'");
            }
        }
        if (rows > 0) {
            out.add(new IntegrityFinding(IntegrityFinding.Kind.UNSEEN_CATEGORIES, train.name(), rows, label
                    + ", column '" + train.name() + "': " + rows + " rows hold categories never seen in training ("
                    + String.join(", ", names.subList(0, Math.min(5, names.size())))
                    + (names.size() > 5 ? ", ..." : "") + ")"));
        }
    }

    /**
     * Features that give a binary label away, by three rules: one that alone predicts it almost perfectly
     * (single-feature ROC AUC at least {@link #LEAKAGE_SCORE}); one that predicts it far better than every other
     * feature (AUC at least {@link #STANDS_OUT_SCORE} and {@link #STANDS_OUT_GAP} above the next best: the honest
     * features of a dataset rarely leave one of them that far alone, a value recorded after the outcome often does);
     * and one that is present (or missing) only for rows of one class, more often than that class's share makes
     * plausible ({@link #presenceGivesAway}). Missing values count as a value of their own, since when a value is
     * recorded can be what leaks (Titanic's {@code body}: filled in only for passengers who died). Deepchecks'
     * {@code FeatureLabelCorrelation} flags a single feature's predictive power above 0.8 in the same spirit.
     */
    private static void leakage(Table train, String target, List<IntegrityFinding> out) {
        Column y = train.column(target);
        Map<String, Integer> classes = new HashMap<>();
        for (int i = 0; i < y.size(); i++) {
            String v = y.format(i);
            if (v != null) {
                classes.putIfAbsent(v, classes.size());
            }
        }
        if (classes.size() != 2) {
            return;
        }
        int[] labels = new int[y.size()];
        String[] names = new String[2];
        for (int i = 0; i < labels.length; i++) {
            String v = y.format(i);
            labels[i] = v == null ? -1 : classes.get(v);
        }
        classes.forEach((name, code) -> names[code] = name);
        Map<String, Double> scores = new java.util.LinkedHashMap<>();
        for (Column c : train.columns()) {
            if (c.name().equals(target)) {
                continue;
            }
            if (presenceGivesAway(c, labels, names, target, out)) {
                continue;
            }
            scores.put(c.name(), c instanceof NumericColumn n ? numericScore(n, labels)
                    : categoricalScore((CategoricalColumn) c, labels));
        }
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            double score = e.getValue();
            String best = null;
            double next = 0.5;
            for (Map.Entry<String, Double> other : scores.entrySet()) {
                if (!other.getKey().equals(e.getKey()) && other.getValue() > next) {
                    next = other.getValue();
                    best = other.getKey();
                }
            }
            String auc = String.format(java.util.Locale.ROOT, "%.3f", score);
            if (score >= LEAKAGE_SCORE) {
                out.add(new IntegrityFinding(IntegrityFinding.Kind.TARGET_LEAKAGE, e.getKey(), train.rowCount(),
                        "training data, column '" + e.getKey() + "' alone predicts the label '" + target
                                + "' almost perfectly (score " + auc + "); check that it is known before the label is"));
            } else if (score >= STANDS_OUT_SCORE && score - next >= STANDS_OUT_GAP) {
                out.add(new IntegrityFinding(IntegrityFinding.Kind.TARGET_LEAKAGE, e.getKey(), train.rowCount(),
                        "training data, column '" + e.getKey() + "' alone predicts the label '" + target + "' far "
                                + "better than any other feature (ROC AUC " + auc + "; next best " + (best == null
                                ? "none" : "'" + best + "' " + String.format(java.util.Locale.ROOT, "%.3f", next))
                                + "); check that it is known before the label is"));
            }
        }
    }

    /**
     * Whether a feature is present only (at least {@link #LEAKAGE_SCORE} of its present rows) for one class, or
     * missing only for one, on at least {@link #MIN_PRESENCE_ROWS} rows, and that is implausible by chance: the
     * binomial probability of so many rows of that class among that many rows, at the class's share of all rows,
     * is below {@link #PRESENCE_LEVEL}. Reported when true.
     */
    private static boolean presenceGivesAway(Column c, int[] labels, String[] names, String target,
                                             List<IntegrityFinding> out) {
        long[][] byPresence = new long[2][2];
        long[] total = new long[2];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] >= 0) {
                byPresence[c.isMissing(i) ? 1 : 0][labels[i]]++;
                total[labels[i]]++;
            }
        }
        if (byPresence[1][0] + byPresence[1][1] == 0) {
            return false;
        }
        long all = total[0] + total[1];
        for (int side = 0; side < 2; side++) {
            long rows = byPresence[side][0] + byPresence[side][1];
            if (rows < MIN_PRESENCE_ROWS) {
                continue;
            }
            int cls = byPresence[side][1] > byPresence[side][0] ? 1 : 0;
            long hits = byPresence[side][cls];
            double share = (double) total[cls] / all;
            if ((double) hits / rows < LEAKAGE_SCORE || share >= LEAKAGE_SCORE) {
                continue;
            }
            double p = org.apache.commons.statistics.distribution.BinomialDistribution.of((int) rows, share)
                    .survivalProbability((int) hits - 1);
            if (p < PRESENCE_LEVEL) {
                out.add(new IntegrityFinding(IntegrityFinding.Kind.TARGET_LEAKAGE, c.name(), rows, "training "
                        + "data, column '" + c.name() + "' is " + (side == 0 ? "present" : "missing") + " only when '"
                        + target + "' is '" + names[cls] + "' (" + hits + " of " + rows + " rows, where that class is "
                        + String.format(java.util.Locale.ROOT, "%.0f%%", 100 * share) + " of all; p = "
                        + String.format(java.util.Locale.ROOT, "%.1g", p) + "); check that it is known before the "
                        + "label is"));
                return true;
            }
        }
        return false;
    }

    /** max(AUC, 1 - AUC) of the values, missing ones ranked first and then last, whichever tells more. */
    private static double numericScore(NumericColumn x, int[] labels) {
        double best = 0;
        for (double missingAs : new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}) {
            List<double[]> pairs = new ArrayList<>();
            for (int i = 0; i < x.size(); i++) {
                if (labels[i] >= 0) {
                    pairs.add(new double[] {x.isMissing(i) ? missingAs : x.get(i), labels[i]});
                }
            }
            double auc = RocAuc.of(pairs.stream().mapToDouble(p -> p[0]).toArray(),
                    pairs.stream().mapToDouble(p -> p[1]).toArray());
            if (!Double.isNaN(auc)) {
                best = Math.max(best, Math.max(auc, 1 - auc));
            }
        }
        return best;
    }

    /**
     * The AUC of each category's share of class 1 (missing values a category of their own); 0 for a column with
     * more than one category per ten rows, whose in-sample shares would fit the labels by construction.
     */
    private static double categoricalScore(CategoricalColumn x, int[] labels) {
        int k = x.dictionary().size() + 1;
        long[] ones = new long[k];
        long[] rows = new long[k];
        long n = 0;
        for (int i = 0; i < x.size(); i++) {
            if (labels[i] >= 0) {
                int code = x.isMissing(i) ? k - 1 : x.code(i);
                rows[code]++;
                ones[code] += labels[i];
                n++;
            }
        }
        long used = java.util.Arrays.stream(rows).filter(r -> r > 0).count();
        if (n == 0 || used > n / 10) {
            return 0;
        }
        double[] s = new double[(int) n];
        double[] l = new double[(int) n];
        int j = 0;
        for (int i = 0; i < x.size(); i++) {
            if (labels[i] >= 0) {
                int code = x.isMissing(i) ? k - 1 : x.code(i);
                s[j] = (double) ones[code] / rows[code];
                l[j++] = labels[i];
            }
        }
        double auc = RocAuc.of(s, l);
        return Double.isNaN(auc) ? 0 : Math.max(auc, 1 - auc);
    }
}
