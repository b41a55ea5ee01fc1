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
 * training, numbers outside the training range, a feature that predicts the label almost perfectly).
 */
public final class IntegrityChecks {
    /** A column whose most frequent value covers at least this share of present values is near-constant. */
    public static final double NEAR_CONSTANT_SHARE = 0.99;
    /** A single feature with a ROC AUC (or majority-label accuracy) at least this high leaks the label. */
    public static final double LEAKAGE_SCORE = 0.99;

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
        java.util.Arrays.sort(trainRows);
        long shared = 0;
        for (long h : RowHashes.of(other, common)) {
            if (java.util.Arrays.binarySearch(trainRows, h) >= 0) {
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
        for (String name : common(train, other, target)) {
            Column t = train.column(name);
            Column o = other.column(name);
            if (t instanceof NumericColumn tn && o instanceof NumericColumn on && t.type() == ColumnType.NUMERIC) {
                outOfRange(tn, on, otherLabel, out);
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

    private static void outOfRange(NumericColumn train, NumericColumn other, String label,
                                   List<IntegrityFinding> out) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < train.size(); i++) {
            double v = train.get(i);
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        long outside = 0;
        for (int i = 0; i < other.size(); i++) {
            double v = other.get(i);
            if (v < min || v > max) {
                outside++;
            }
        }
        if (outside > 0) {
            out.add(new IntegrityFinding(IntegrityFinding.Kind.OUT_OF_RANGE, train.name(), outside, label
                    + ", column '" + train.name() + "': " + outside + " values outside the training range ["
                    + min + ", " + max + "]"));
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

    /** A feature that alone tells a binary label almost perfectly (ROC AUC or majority-label accuracy). */
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
        for (Column c : train.columns()) {
            if (c.name().equals(target)) {
                continue;
            }
            double score = c instanceof NumericColumn n ? numericScore(n, y, classes)
                    : majorityAccuracy((CategoricalColumn) c, y);
            if (score >= LEAKAGE_SCORE) {
                out.add(new IntegrityFinding(IntegrityFinding.Kind.TARGET_LEAKAGE, c.name(), train.rowCount(),
                        "training data, column '" + c.name() + "' alone predicts the label '" + target
                                + "' almost perfectly (score " + String.format(java.util.Locale.ROOT, "%.3f", score)
                                + "); check that it is known before the label is"));
            }
        }
    }

    private static double numericScore(NumericColumn x, Column y, Map<String, Integer> classes) {
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            String label = y.format(i);
            if (!x.isMissing(i) && label != null) {
                pairs.add(new double[] {x.get(i), classes.get(label)});
            }
        }
        double[] s = pairs.stream().mapToDouble(p -> p[0]).toArray();
        double[] l = pairs.stream().mapToDouble(p -> p[1]).toArray();
        double auc = RocAuc.of(s, l);
        return Double.isNaN(auc) ? 0 : Math.max(auc, 1 - auc);
    }

    /** Accuracy of predicting each category's most frequent label; only for columns far from unique. */
    private static double majorityAccuracy(CategoricalColumn x, Column y) {
        Map<String, Map<String, Long>> byCategory = new HashMap<>();
        long n = 0;
        for (int i = 0; i < x.size(); i++) {
            String v = x.get(i);
            String label = y.format(i);
            if (v != null && label != null) {
                byCategory.computeIfAbsent(v, k -> new HashMap<>()).merge(label, 1L, Long::sum);
                n++;
            }
        }
        if (n == 0 || byCategory.size() > n / 10) {
            return 0;
        }
        long correct = 0;
        for (Map<String, Long> m : byCategory.values()) {
            correct += m.values().stream().mapToLong(Long::longValue).max().orElse(0);
        }
        return (double) correct / n;
    }
}
