package dev.greenlight.checklist.plan;

import dev.greenlight.checklist.Measurements;
import dev.greenlight.checklist.data.PreparedDataset;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.metrics.Percentiles;
import dev.greenlight.table.Column;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.text.Figures;

import java.util.Arrays;

/**
 * How long labels take: {@code labels.labelled_at} (when a label became known) minus {@code columns.timestamp} (when
 * the prediction was made), in days, with its median, 90th percentile (numpy's linear method) and maximum. A
 * label that arrives before its prediction points at a join or time-zone error.
 */
final class LabelDelayAnalysis {
    private static final double SECONDS_PER_DAY = 86_400.0;

    private LabelDelayAnalysis() {
    }

    static void add(PreparedDataset d, String labelledAt, String timestamp, Measurements b) {
        if (timestamp == null || !d.table().has(timestamp)) {
            b.finding("labels.labelled_at is given, but the label delay needs columns.timestamp (when the "
                    + "prediction was made) in the " + d.role() + " data too.");
            return;
        }
        Column l = d.table().column(labelledAt);
        Column t = d.table().column(timestamp);
        if (!(l instanceof NumericColumn ln) || ln.type() != ColumnType.DATETIME || !(t instanceof NumericColumn tn)
                || tn.type() != ColumnType.DATETIME) {
            b.finding("The label delay needs datetime columns: '" + labelledAt + "' is " + l.type().key() + " and '"
                    + timestamp + "' is " + t.type().key() + " in " + d.file().fileName()
                    + " (declare them under features.types).");
            return;
        }
        double[] days = new double[l.size()];
        int n = 0;
        long negative = 0;
        for (int i = 0; i < l.size(); i++) {
            double a = ln.get(i);
            double p = tn.get(i);
            if (!Double.isNaN(a) && !Double.isNaN(p)) {
                double delay = (a - p) / SECONDS_PER_DAY;
                negative += delay < 0 ? 1 : 0;
                days[n++] = delay;
            }
        }
        if (n == 0) {
            b.finding("No row of the " + d.role() + " data has both '" + labelledAt + "' and '" + timestamp + "'.");
            return;
        }
        double[] sorted = Arrays.copyOf(days, n);
        Arrays.sort(sorted);
        String method = "'" + labelledAt + "' minus '" + timestamp + "', in days";
        b.evidence(Evidence.number("label_delay.median_days", "label delay, median (days)", Percentiles.linear(sorted, 0.5), method
                + "; numpy percentile (linear)", n, d.role()));
        b.evidence(Evidence.number("label_delay.p90_days", "label delay, 90th percentile (days)", Percentiles.linear(sorted, 0.9), method
                + "; numpy percentile (linear)", n, d.role()));
        b.evidence(Evidence.number("label_delay.max_days", "label delay, longest (days)", sorted[n - 1], method, n, d.role()));
        if (negative > 0) {
            b.finding(negative + " of " + n + " rows have a label dated before their prediction ('" + labelledAt
                    + "' < '" + timestamp + "'): check the join and the time zones.");
        }
        b.finding("Half the labels arrive within " + Figures.format(Percentiles.linear(sorted, 0.5)) + " days and 90% "
                + "within " + Figures.format(Percentiles.linear(sorted, 0.9)) + " days: production performance can "
                + "be measured no sooner than that.");
    }
}
