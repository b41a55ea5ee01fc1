package dev.greenlight.monitor;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.table.Column;
import dev.greenlight.table.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The truth of the analysis rows: from the analysis table's own target column, or from a labels table joined by id
 * with any delay. Nothing is dropped silently: labels with an id no analysis row has, repeated ids and disagreeing
 * repeats are counted in the {@link LabelSummary}.
 */
final class LabelJoin {
    static final int EXAMPLES = 5;

    /**
     * The truth of one period.
     *
     * @param classes    classification: class per row, -1 when unlabelled
     * @param values     regression: value per row, NaN when unlabelled
     * @param labelTimes when each row's label arrived (seconds since the epoch), NaN when unknown
     * @param summary    the join's counts
     */
    record Truth(int[] classes, double[] values, double[] labelTimes, LabelSummary summary) {
        boolean labelled(int row) {
            return classes != null ? classes[row] >= 0 : !Double.isNaN(values[row]);
        }
    }

    private LabelJoin() {
    }

    /** The reference's truth: every row must have a target. */
    static Truth reference(Table reference, MonitorColumns c, ModelOutputs.ClassSet classes) {
        Truth t = own(reference, c, classes, "the reference data");
        for (int i = 0; i < reference.rowCount(); i++) {
            if (!t.labelled(i)) {
                throw new InvalidDataException("the reference data, column '" + c.target() + "', row " + (i + 1)
                        + ": no target; every reference row needs one (thresholds are learnt from it)");
            }
        }
        return t;
    }

    /** The analysis truth: the labels table when given, else the analysis's own target column, else none. */
    static Truth analysis(Table analysis, Table labels, MonitorColumns c, ModelOutputs.ClassSet classes) {
        int n = analysis.rowCount();
        if (labels == null) {
            if (analysis.has(c.target())) {
                Truth t = own(analysis, c, classes, "the analysis data");
                int labelled = 0;
                for (int i = 0; i < n; i++) {
                    labelled += t.labelled(i) ? 1 : 0;
                }
                return new Truth(t.classes, t.values, t.labelTimes, new LabelSummary("analysis", 0, labelled, 0, 0, 0,
                        0, List.of()));
            }
            int[] cls = classes == null ? null : filled(n);
            double[] val = classes == null ? nan(n) : null;
            return new Truth(cls, val, nan(n), LabelSummary.none());
        }
        return join(analysis, labels, c, classes);
    }

    private static Truth own(Table t, MonitorColumns c, ModelOutputs.ClassSet classes, String what) {
        int n = t.rowCount();
        Column target = ModelOutputs.column(t, c.target(), what, "the target");
        double[] times = nan(n);
        if (classes != null) {
            int[] cls = new int[n];
            for (int i = 0; i < n; i++) {
                cls[i] = classes.classOf(target.format(i), what, c.target(), i);
            }
            return new Truth(cls, null, times, LabelSummary.none());
        }
        double[] values = dev.greenlight.table.Columns.asNumeric(target).orElseThrow(() -> new InvalidDataException(
                what + ", column '" + c.target() + "': expected numbers for the target, found " + target.type().key()
                        + " values")).toArray();
        return new Truth(null, values, times, LabelSummary.none());
    }

    private static Truth join(Table analysis, Table labels, MonitorColumns c, ModelOutputs.ClassSet classes) {
        String what = "the labels";
        if (c.id() == null) {
            throw new InvalidDataException("joining a labels table needs the id column (--id) present in both the "
                    + "analysis data and the labels");
        }
        Column aid = ModelOutputs.column(analysis, c.id(), "the analysis data", "the id");
        Column lid = ModelOutputs.column(labels, c.id(), what, "the id");
        Column target = ModelOutputs.column(labels, c.target(), what, "the target");
        double[] ltimes = c.labelTimestamp() == null ? null
                : Chunker.timestamps(labels, c.labelTimestamp(), what);
        int n = analysis.rowCount();
        IdIndex index = IdIndex.of(aid);
        int duplicateAnalysis = index.duplicates();
        int[] cls = classes == null ? null : filled(n);
        double[] val = classes == null ? nan(n) : null;
        double[] times = nan(n);
        double[] numeric = classes == null ? dev.greenlight.table.Columns.asNumeric(target).orElseThrow(
                () -> new InvalidDataException(what + ", column '" + c.target() + "': expected numbers for the "
                        + "target, found " + target.type().key() + " values")).toArray() : null;
        int[] firstOf = firstOccurrence(lid);
        java.util.Set<Integer> conflicting = new java.util.HashSet<>();
        int unknown = 0;
        int duplicates = 0;
        List<String> examples = new ArrayList<>();
        for (int j = 0; j < labels.rowCount(); j++) {
            if (lid.isMissing(j)) {
                continue;
            }
            String label = target.format(j);
            if (firstOf[j] != j) {
                duplicates++;
                if (!java.util.Objects.equals(label, target.format(firstOf[j]))) {
                    conflicting.add(firstOf[j]);
                }
                if (examples.size() < EXAMPLES) {
                    examples.add("duplicate id " + lid.format(j) + " (labels row " + (j + 1) + ")");
                }
                continue;
            }
            int[] rows = index.rows(lid, j);
            if (rows.length == 0) {
                unknown++;
                if (examples.size() < EXAMPLES) {
                    examples.add("unknown id " + lid.format(j) + " (labels row " + (j + 1) + ")");
                }
                continue;
            }
            for (int i : rows) {
                if (classes != null) {
                    cls[i] = classes.classOf(label, what, c.target(), j);
                } else {
                    val[i] = numeric[j];
                }
                if (ltimes != null) {
                    times[i] = ltimes[j];
                }
            }
        }
        int labelled = 0;
        for (int i = 0; i < n; i++) {
            labelled += (cls != null ? cls[i] >= 0 : !Double.isNaN(val[i])) ? 1 : 0;
        }
        return new Truth(cls, val, times, new LabelSummary("labels", labels.rowCount(), labelled, unknown, duplicates,
                conflicting.size(), duplicateAnalysis, examples));
    }

    /** For each row, the first row (in row order) with the same id; the row itself when it is the first. */
    private static int[] firstOccurrence(Column ids) {
        int n = ids.size();
        int[] first = new int[n];
        if (ids instanceof dev.greenlight.table.NumericColumn num) {
            double[] v = num.toArray();
            for (int i = 0; i < n; i++) {
                v[i] = Double.isNaN(v[i]) ? Double.NEGATIVE_INFINITY : v[i];
            }
            dev.greenlight.metrics.ScoreOrder order = dev.greenlight.metrics.ScoreOrder.of(v);
            for (int k = 0; k < n; ) { // the order is stable, so a run of equal ids starts at its first row
                int e = k;
                while (e < n && order.score(e) == order.score(k)) {
                    first[order.row(e)] = order.row(k);
                    e++;
                }
                k = e;
            }
            return first;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String id = ids.format(i);
            Integer f = id == null ? null : seen.putIfAbsent(id, i);
            first[i] = f == null ? i : f;
        }
        return first;
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }
}
