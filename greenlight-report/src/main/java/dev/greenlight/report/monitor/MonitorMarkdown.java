package dev.greenlight.report.monitor;

import dev.greenlight.monitor.Alert;
import dev.greenlight.monitor.Change;
import dev.greenlight.monitor.ChunkResult;
import dev.greenlight.monitor.MonitorResult;
import dev.greenlight.monitor.Period;
import dev.greenlight.report.markdown.Markdown;
import dev.greenlight.text.Figures;

import java.util.ArrayList;
import java.util.List;

/** {@code monitor.md}: the monitoring result as Markdown, for a pull request or a ticket. */
public final class MonitorMarkdown {
    private MonitorMarkdown() {
    }

    public static String write(MonitorResult r) {
        StringBuilder s = new StringBuilder();
        s.append("# Monitoring: ").append(r.recommendation().action().key()).append("\n\n");
        s.append(r.columns().task().key()).append(" model; ").append(r.chunking()).append("; estimator ")
                .append(r.estimator()).append(r.calibrated() ? " (scores calibrated on the reference)" : "")
                .append("; ").append(r.chunks(Period.REFERENCE).size()).append(" reference and ")
                .append(r.chunks(Period.ANALYSIS).size()).append(" analysis chunks; labels: ")
                .append(r.labels().source()).append(", ").append(r.labels().labelledRows())
                .append(" labelled analysis rows.\n\n");
        for (String reason : r.recommendation().reasons()) {
            s.append("- ").append(reason).append('\n');
        }
        if (MonitorText.nextStep(r) != null) {
            s.append('\n').append(MonitorText.nextStep(r)).append('\n');
        }
        if (r.labels().unknownIds() + r.labels().duplicateIds() > 0) {
            s.append("\nLabels: ").append(r.labels().unknownIds()).append(" unknown ids, ")
                    .append(r.labels().duplicateIds()).append(" duplicate ids (").append(r.labels().conflictingIds())
                    .append(" conflicting).\n");
        }
        s.append("\n## Chunks\n\n");
        List<String> header = new ArrayList<>(List.of("chunk", "rows", "rows from-to", "start", "labelled"));
        header.addAll(r.metrics());
        header.add("drift alerts");
        List<List<String>> rows = new ArrayList<>();
        for (ChunkResult c : r.chunks()) {
            List<String> row = new ArrayList<>(List.of(c.period().key() + " " + c.index() + (c.partial() ? " (partial)"
                    : ""), String.valueOf(c.rows()), c.firstRow() + "-" + c.lastRow(),
                    c.start() == null ? "" : c.start(), String.valueOf(c.labelledRows())));
            for (String m : r.metrics()) {
                row.add(cell(c, m));
            }
            row.add(String.valueOf(c.drift().values().stream().filter(ChunkResult.Drift::alert).count()));
            rows.add(row);
        }
        Markdown.table(s, header, rows);
        s.append("\nEach metric cell: realized value [95% interval] / estimated value; `!` marks an alert.\n");
        s.append("\n## Alerts (").append(r.alerts().size()).append(")\n\n");
        for (Alert a : r.alerts()) {
            s.append("- ").append(a.kind().key()).append(": ").append(a.message()).append('\n');
        }
        if (r.alerts().isEmpty()) {
            s.append("None.\n");
        }
        s.append("\n## Changes (").append(r.changes().size()).append(")\n\n");
        for (Change c : r.changes()) {
            s.append("- ").append(c.shape().key()).append(": ").append(c.message()).append('\n');
        }
        if (r.changes().isEmpty()) {
            s.append("None.\n");
        }
        if (!r.driftRanking().isEmpty()) {
            s.append("\n## Drift ranking\n\n");
            List<List<String>> rk = new ArrayList<>();
            for (MonitorResult.RankedColumn c : r.driftRanking()) {
                rk.add(List.of(c.column(), c.alertedChunks() + " of " + c.chunks()));
            }
            Markdown.table(s, List.of("feature", "analysis chunks alerted"), rk);
        }
        if (!r.notes().isEmpty()) {
            s.append("\n## Notes\n\n");
            r.notes().forEach(n -> s.append("- ").append(n).append('\n'));
        }
        return s.toString();
    }

    /** {@code 0.91 [0.88, 0.94] / 0.9} with {@code !} after an alerted figure. */
    static String cell(ChunkResult c, String metric) {
        ChunkResult.Realized v = c.realized().get(metric);
        ChunkResult.Estimated e = c.estimated().get(metric);
        StringBuilder b = new StringBuilder();
        if (v != null && Double.isFinite(v.value())) {
            b.append(Figures.format(v.value()));
            if (Double.isFinite(v.ciLow())) {
                b.append(" [").append(Figures.format(v.ciLow())).append(", ").append(Figures.format(v.ciHigh()))
                        .append(']');
            }
            b.append(v.alert() ? " !" : "");
        }
        if (e != null && Double.isFinite(e.value())) {
            b.append(b.length() > 0 ? " / " : "est. ").append(Figures.format(e.value())).append(e.alert() ? " !" : "");
        }
        return b.toString();
    }
}
