package dev.greenlight.report.monitor;

import dev.greenlight.monitor.Change;
import dev.greenlight.monitor.ChunkResult;
import dev.greenlight.monitor.MonitorResult;
import dev.greenlight.monitor.Action;
import dev.greenlight.monitor.Period;

/** The monitoring result for a terminal: the recommendation, one line per chunk, the alerts and the changes. */
public final class MonitorText {
    private static final int MAX_ALERTS = 30;

    private MonitorText() {
    }

    public static String render(MonitorResult r) {
        StringBuilder s = new StringBuilder();
        s.append("Recommendation: ").append(r.recommendation().action().key()).append('\n');
        r.recommendation().reasons().forEach(x -> s.append("  - ").append(x).append('\n'));
        if (nextStep(r) != null) {
            s.append("  ").append(nextStep(r)).append('\n');
        }
        s.append('\n').append(r.columns().task().key()).append(", ").append(r.chunking()).append(", estimator ")
                .append(r.estimator()).append(r.calibrated() ? " (calibrated)" : "").append(", labels: ")
                .append(r.labels().source()).append(" (").append(r.labels().labelledRows()).append(" labelled)\n");
        s.append(String.format("%-14s %7s %15s %-20s %8s", "chunk", "rows", "rows from-to", "start", "labelled"));
        for (String m : r.metrics()) {
            s.append("  ").append(m);
        }
        s.append('\n');
        for (ChunkResult c : r.chunks()) {
            s.append(String.format("%-14s %7d %15s %-20s %8d", (c.period() == Period.REFERENCE ? "reference " :
                    "analysis ") + c.index() + (c.partial() ? "*" : ""), c.rows(), c.firstRow() + "-" + c.lastRow(),
                    c.start() == null ? "" : c.start(), c.labelledRows()));
            for (String m : r.metrics()) {
                s.append("  ").append(MonitorMarkdown.cell(c, m));
            }
            s.append('\n');
        }
        s.append("\nAlerts: ").append(r.alerts().size()).append('\n');
        r.alerts().stream().limit(MAX_ALERTS).forEach(a -> s.append("  ").append(a.kind().key()).append(": ")
                .append(a.message()).append('\n'));
        if (r.alerts().size() > MAX_ALERTS) {
            s.append("  ... and ").append(r.alerts().size() - MAX_ALERTS).append(" more (see monitor.json)\n");
        }
        s.append("Changes: ").append(r.changes().size()).append('\n');
        for (Change c : r.changes()) {
            s.append("  ").append(c.shape().key()).append(": ").append(c.message()).append('\n');
        }
        r.notes().forEach(n -> s.append("Note: ").append(n).append('\n'));
        return s.toString();
    }


    /**
     * What to run next when the analysis recommends action: the diagnosis that tells covariate shift, concept
     * shift, training/serving skew and an inconsistent measure apart; null when no action is recommended.
     */
    static String nextStep(MonitorResult r) {
        if (r.recommendation().action() == Action.NONE) {
            return null;
        }
        return "Why? Run greenlight diagnose with this reference, the analysis data as --production (and the same "
                + "--labels and --id): it says whether covariate shift, concept shift, training/serving skew or an "
                + "inconsistent measure explains the change (docs/diagnose.md).";
    }
}
