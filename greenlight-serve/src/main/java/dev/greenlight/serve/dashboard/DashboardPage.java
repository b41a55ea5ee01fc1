package dev.greenlight.serve.dashboard;

import dev.greenlight.monitor.Alert;
import dev.greenlight.monitor.ChunkResult;
import dev.greenlight.monitor.MonitorResult;
import dev.greenlight.monitor.Period;
import dev.greenlight.serve.analysis.LiveMonitor;
import dev.greenlight.serve.store.StoreStats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard at {@code /}: server-rendered HTML with inline SVG time series of the engine's figures (realized
 * and estimated performance per metric, drifted features, label coverage), the alerts and the recommendation, and
 * a table of the numbers behind the charts. Presents what {@link LiveMonitor} computed; computes nothing itself
 * beyond counting alerts per window and the labelled share.
 */
public final class DashboardPage {

    private DashboardPage() {
    }

    public static String render(String model, StoreStats stats, LiveMonitor.Analysis analysis) {
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>greenlight serve: ")
                .append(Html.text(model)).append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}")
                .append("table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ccc;padding:2px 6px;")
                .append("text-align:right}th{background:#f4f4f4}.realized{stroke:#1565c0}.estimated{stroke:#6a1b9a}")
                .append(".drifted{stroke:#e65100}.coverage{stroke:#2e7d32}circle.point{fill:#555}")
                .append("circle.alert{fill:#c62828}.rec{font-size:1.2em;padding:.5em;border:2px solid #888;")
                .append("display:inline-block}</style></head><body>\n");
        b.append("<h1>").append(Html.text(model)).append("</h1>\n");
        b.append("<p id=\"stats\">Stored: <span data-stat=\"predictions\">").append(stats.predictions())
                .append("</span> predictions, <span data-stat=\"labels\">").append(stats.labels())
                .append("</span> labels, <span data-stat=\"joined\">").append(stats.joined())
                .append("</span> joined.</p>\n");
        b.append("<p>Windows: ").append(analysis.size().key()).append(", from ")
                .append(Instant.ofEpochMilli(analysis.fromMs())).append(" to ").append(Instant.ofEpochMilli(
                        analysis.toMs())).append(" (UTC).</p>\n");
        if (analysis.result().isEmpty()) {
            b.append("<p id=\"empty\">No predictions stored in this range yet.</p></body></html>\n");
            return b.toString();
        }
        MonitorResult r = analysis.result().get();
        b.append("<div class=\"rec\" id=\"recommendation\" data-action=\"").append(r.recommendation().action().key())
                .append("\">Recommendation: <strong>").append(r.recommendation().action().key())
                .append("</strong><ul>");
        r.recommendation().reasons().forEach(x -> b.append("<li>").append(Html.text(x)).append("</li>"));
        b.append("</ul></div>\n");
        List<ChunkResult> windows = r.chunks(Period.ANALYSIS);
        List<String> labels = windows.stream().map(ChunkResult::start).toList();
        int n = windows.size();
        for (String m : r.metrics()) {
            double[] real = new double[n];
            double[] est = new double[n];
            boolean[] realAlert = new boolean[n];
            boolean[] estAlert = new boolean[n];
            double low = Double.NaN;
            double high = Double.NaN;
            for (int i = 0; i < n; i++) {
                ChunkResult.Realized x = windows.get(i).realized().get(m);
                ChunkResult.Estimated e = windows.get(i).estimated().get(m);
                real[i] = x == null ? Double.NaN : x.value();
                realAlert[i] = x != null && x.alert();
                est[i] = e == null ? Double.NaN : e.value();
                estAlert[i] = e != null && e.alert();
                if (x != null) {
                    low = x.lowerThreshold();
                    high = x.upperThreshold();
                }
            }
            List<SvgChart.Series> series = new ArrayList<>();
            series.add(new SvgChart.Series("realized " + m, "realized", real, realAlert, false));
            series.add(new SvgChart.Series("estimated " + m, "estimated", est, estAlert, true));
            b.append(SvgChart.render("chart-" + m, m + ": realized (solid) and estimated (dashed), reference band "
                    + "shaded", labels, series, low, high));
        }
        double[] drifted = new double[n];
        double[] coverage = new double[n];
        for (int i = 0; i < n; i++) {
            drifted[i] = windows.get(i).drift().values().stream().filter(ChunkResult.Drift::alert).count();
            coverage[i] = windows.get(i).rows() == 0 ? Double.NaN
                    : (double) windows.get(i).labelledRows() / windows.get(i).rows();
        }
        b.append(SvgChart.render("chart-drift", "features drifting (of " + r.columns().features().size() + ")",
                labels, List.of(new SvgChart.Series("drifted features", "drifted", drifted, null, false)),
                Double.NaN, Double.NaN));
        b.append(SvgChart.render("chart-coverage", "label coverage", labels, List.of(new SvgChart.Series(
                "label coverage", "coverage", coverage, null, false)), Double.NaN, Double.NaN));
        b.append("<h2>Alerts</h2>\n");
        if (r.alerts().isEmpty()) {
            b.append("<p id=\"alerts\">No alerts.</p>\n");
        } else {
            b.append("<table id=\"alerts\"><tr><th>kind</th><th>name</th><th>window</th><th>value</th>"
                    + "<th>message</th></tr>\n");
            for (Alert a : r.alerts()) {
                String w = a.chunk() >= 0 && a.chunk() < n && a.period() == Period.ANALYSIS
                        ? windows.get(a.chunk()).start() : "";
                b.append("<tr class=\"alert\"><td>").append(a.kind().key()).append("</td><td>")
                        .append(Html.text(a.name())).append("</td><td>").append(Html.text(w)).append("</td><td>")
                        .append(Html.number(a.value())).append("</td><td style=\"text-align:left\">")
                        .append(Html.text(a.message())).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        b.append("<h2>Windows</h2>\n<table id=\"windows\"><tr><th>start</th><th>rows</th><th>labelled</th>");
        for (String m : r.metrics()) {
            b.append("<th>realized ").append(Html.text(m)).append("</th><th>estimated ").append(Html.text(m))
                    .append("</th>");
        }
        b.append("<th>drifting features</th></tr>\n");
        for (int i = 0; i < n; i++) {
            ChunkResult c = windows.get(i);
            b.append("<tr data-window=\"").append(Html.text(c.start())).append("\"><td>").append(Html.text(c.start()))
                    .append("</td><td data-field=\"rows\">").append(c.rows()).append("</td><td data-field=\"labelled\">")
                    .append(c.labelledRows()).append("</td>");
            for (String m : r.metrics()) {
                ChunkResult.Realized x = c.realized().get(m);
                ChunkResult.Estimated e = c.estimated().get(m);
                b.append("<td data-field=\"realized.").append(Html.text(m)).append("\">")
                        .append(x == null ? "" : Html.number(x.value())).append("</td><td data-field=\"estimated.")
                        .append(Html.text(m)).append("\">").append(e == null ? "" : Html.number(e.value()))
                        .append("</td>");
            }
            b.append("<td data-field=\"drifting\">").append((long) drifted[i]).append("</td></tr>\n");
        }
        b.append("</table>\n<p>Every figure is the monitor engine's (docs/serve.md); the same numbers are at "
                + "<code>/v1/windows</code>.</p>\n</body></html>\n");
        return b.toString();
    }
}
