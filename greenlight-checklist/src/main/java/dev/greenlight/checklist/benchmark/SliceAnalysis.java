package dev.greenlight.checklist.benchmark;

import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.Measurements;
import dev.greenlight.checklist.data.PreparedDataset;
import dev.greenlight.checklist.evidence.EvidenceTable;
import dev.greenlight.metrics.ConfidenceInterval;
import dev.greenlight.metrics.MetricIntervals;
import dev.greenlight.metrics.Outcomes;
import dev.greenlight.slices.SliceLabels;
import dev.greenlight.text.Figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The primary metric on each slice of each declared slice column ({@code slices:}) and of each pair of them, on the
 * test rows, with its interval and size. Numbers are cut into quartiles. A slice with fewer rows than the minimum
 * is labelled too small to judge instead of getting a number that would move with every new row.
 */
final class SliceAnalysis {
    static final int BINS = 4;

    private SliceAnalysis() {
    }

    static void run(CheckContext ctx, Measurements b, int minSize) {
        List<String> columns = ctx.config().slices();
        PreparedDataset test = ctx.data().test();
        if (columns.isEmpty() || test.outcomes() == null) {
            return;
        }
        List<String[]> labels = new ArrayList<>();
        for (String c : columns) {
            String[] l = SliceLabels.of(test.table().column(c), test.rowsUsed(), BINS);
            labels.add(l);
            table(ctx, b, c, SliceLabels.groups(l), test.outcomes(), minSize);
        }
        for (int a = 0; a < columns.size(); a++) {
            for (int c = a + 1; c < columns.size(); c++) {
                String[] joined = new String[labels.get(a).length];
                for (int i = 0; i < joined.length; i++) {
                    joined[i] = labels.get(a)[i] + " & " + labels.get(c)[i];
                }
                table(ctx, b, columns.get(a) + " & " + columns.get(c), SliceLabels.groups(joined), test.outcomes(),
                        minSize);
            }
        }
    }

    private static void table(CheckContext ctx, Measurements b, String name, Map<String, int[]> groups,
                              Outcomes outcomes, int minSize) {
        String metric = ctx.primaryMetric();
        EvidenceTable.Builder t = EvidenceTable.builder("Test " + metric + " by " + name, "slice", "rows", metric,
                "95% interval", "interval width");
        for (Map.Entry<String, int[]> g : groups.entrySet()) {
            int n = g.getValue().length;
            if (n < minSize) {
                t.row(g.getKey(), n, "too small to judge", null, null);
                continue;
            }
            ConfidenceInterval ci = MetricIntervals.of(ctx.data().task(), metric, outcomes.select(g.getValue()));
            if (!ci.isDefined()) {
                t.row(g.getKey(), n, "undefined: " + ci.undefinedReason(), null, null);
            } else {
                t.row(g.getKey(), n, ci.value(), Figures.format(ci.low()) + " – " + Figures.format(ci.high()),
                        ci.width());
            }
        }
        b.table(t.note("Slices with fewer than " + minSize + " rows are too small to judge. Intervals: "
                + "Wilson, DeLong or a seeded bootstrap, by metric.").build());
    }
}
