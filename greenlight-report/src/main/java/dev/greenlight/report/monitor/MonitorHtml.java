package dev.greenlight.report.monitor;

import dev.greenlight.monitor.Alert;
import dev.greenlight.monitor.Change;
import dev.greenlight.monitor.ChunkResult;
import dev.greenlight.monitor.MonitorResult;
import dev.greenlight.monitor.Period;
import dev.greenlight.report.html.HtmlReport;
import dev.greenlight.text.Figures;

import java.util.ArrayList;
import java.util.List;

import static dev.greenlight.report.html.Html.esc;

/**
 * {@code monitor.html}: one self-contained page (inline CSS and SVG, nothing loaded from elsewhere) with the
 * recommendation, a time-series chart per performance metric (realized and estimated against the reference band),
 * the most drifted features' statistics per chunk, the alerts, the changes and the chunk table.
 */
public final class MonitorHtml {
    private static final int DRIFT_CHARTS = 6;

    private MonitorHtml() {
    }

    public static String write(MonitorResult r) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" ")
                .append("content=\"width=device-width,initial-scale=1\"><title>Greenlight monitoring</title><style>")
                .append(HtmlReport.styles()).append("</style></head><body><main>\n");
        h.append("<h1>Monitoring: ").append(esc(r.recommendation().action().key())).append("</h1>\n");
        h.append("<p>").append(esc(r.columns().task().key())).append(" model, ").append(esc(r.chunking()))
                .append("; estimator ").append(esc(r.estimator())).append(r.calibrated() ? " (scores calibrated)" : "")
                .append("; ").append(r.chunks(Period.REFERENCE).size()).append(" reference and ")
                .append(r.chunks(Period.ANALYSIS).size()).append(" analysis chunks; labels: ")
                .append(esc(r.labels().source())).append(" (").append(r.labels().labelledRows())
                .append(" labelled analysis rows).</p>\n<ul>");
        for (String reason : r.recommendation().reasons()) {
            h.append("<li>").append(esc(reason)).append("</li>");
        }
        h.append("</ul>\n");
        if (MonitorText.nextStep(r) != null) {
            h.append("<p>").append(esc(MonitorText.nextStep(r))).append("</p>\n");
        }
        List<ChunkResult> chunks = r.chunks();
        List<String> labels = new ArrayList<>();
        for (ChunkResult c : chunks) {
            labels.add((c.period() == Period.REFERENCE ? "r" : "a") + c.index());
        }
        int refCount = r.chunks(Period.REFERENCE).size();
        h.append("<h2>Performance</h2><div class=\"charts wide\">");
        for (String m : r.metrics()) {
            double[] real = new double[chunks.size()];
            double[] est = new double[chunks.size()];
            boolean[] ra = new boolean[chunks.size()];
            boolean[] ea = new boolean[chunks.size()];
            double lower = Double.NaN;
            double upper = Double.NaN;
            boolean anyEst = false;
            for (int i = 0; i < chunks.size(); i++) {
                ChunkResult c = chunks.get(i);
                ChunkResult.Realized v = c.realized().get(m);
                real[i] = v == null ? Double.NaN : v.value();
                ra[i] = v != null && v.alert();
                if (v != null && Double.isFinite(v.lowerThreshold())) {
                    lower = v.lowerThreshold();
                    upper = v.upperThreshold();
                }
                ChunkResult.Estimated e = c.estimated().get(m);
                est[i] = e == null ? Double.NaN : e.value();
                ea[i] = e != null && e.alert();
                anyEst |= e != null;
            }
            List<TimeSeriesChart.Line> lines = new ArrayList<>();
            lines.add(new TimeSeriesChart.Line("realized", real, ra));
            if (anyEst) {
                lines.add(new TimeSeriesChart.Line("estimated (" + r.estimator() + ")", est, ea));
            }
            h.append(TimeSeriesChart.render(m + " per chunk", m, labels, refCount, lines, lower, upper));
        }
        h.append("</div>\n");
        List<MonitorResult.RankedColumn> top = r.driftRanking().stream().limit(DRIFT_CHARTS).toList();
        if (!top.isEmpty()) {
            h.append("<h2>Drift</h2><p>Features by analysis chunks alerted: ");
            List<String> parts = new ArrayList<>();
            r.driftRanking().forEach(x -> parts.add(esc(x.column()) + " " + x.alertedChunks() + "/" + x.chunks()));
            h.append(String.join(", ", parts)).append(".</p><div class=\"charts\">");
            for (MonitorResult.RankedColumn col : top) {
                double[] v = new double[chunks.size()];
                boolean[] a = new boolean[chunks.size()];
                double upper = Double.NaN;
                String test = "";
                for (int i = 0; i < chunks.size(); i++) {
                    ChunkResult.Drift d = chunks.get(i).drift().get(col.column());
                    v[i] = d == null ? Double.NaN : d.statistic();
                    a[i] = d != null && d.alert();
                    if (d != null) {
                        upper = d.upperThreshold();
                        test = d.test();
                    }
                }
                h.append(TimeSeriesChart.render(col.column() + " (" + test + ")", test, labels, refCount,
                        List.of(new TimeSeriesChart.Line(test, v, a)), Double.NaN, upper));
            }
            h.append("</div>\n");
        }
        h.append("<h2>Alerts (").append(r.alerts().size()).append(")</h2>");
        if (r.alerts().isEmpty()) {
            h.append("<p>None.</p>");
        } else {
            h.append("<table><thead><tr><th>kind</th><th>name</th><th>chunk</th><th>value</th><th>message</th></tr>")
                    .append("</thead><tbody>");
            for (Alert a : r.alerts()) {
                h.append("<tr><td>").append(a.kind().key()).append("</td><td>").append(esc(a.name())).append("</td><td>")
                        .append(a.chunk() < 0 ? "" : a.period().key() + " " + a.chunk()).append("</td><td>")
                        .append(Figures.format(a.value())).append("</td><td>").append(esc(a.message()))
                        .append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        h.append("\n<h2>Changes (").append(r.changes().size()).append(")</h2>");
        if (r.changes().isEmpty()) {
            h.append("<p>No series changed (permutation CUSUM test).</p>");
        } else {
            h.append("<ul>");
            for (Change c : r.changes()) {
                h.append("<li>").append(esc(c.shape().key())).append(": ").append(esc(c.message())).append("</li>");
            }
            h.append("</ul>");
        }
        h.append("\n<h2>Chunks</h2><table><thead><tr><th>chunk</th><th>rows</th><th>first–last row</th>")
                .append("<th>start</th><th>labelled</th>");
        for (String m : r.metrics()) {
            h.append("<th>").append(esc(m)).append("</th>");
        }
        h.append("</tr></thead><tbody>");
        for (ChunkResult c : chunks) {
            h.append("<tr><td>").append(c.period().key()).append(' ').append(c.index()).append(c.partial() ? " (partial)"
                    : "").append("</td><td>").append(c.rows()).append("</td><td>").append(c.firstRow()).append("–")
                    .append(c.lastRow()).append("</td><td>").append(esc(c.start() == null ? "" : c.start()))
                    .append("</td><td>").append(c.labelledRows()).append("</td>");
            for (String m : r.metrics()) {
                h.append("<td>").append(esc(MonitorMarkdown.cell(c, m))).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>\n");
        if (!r.notes().isEmpty()) {
            h.append("<h2>Notes</h2><ul>");
            r.notes().forEach(n -> h.append("<li>").append(esc(n)).append("</li>"));
            h.append("</ul>");
        }
        return h.append("</main></body></html>\n").toString();
    }
}
