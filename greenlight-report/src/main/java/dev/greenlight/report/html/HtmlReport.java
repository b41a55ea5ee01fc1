package dev.greenlight.report.html;

import dev.greenlight.checklist.AppliedWaiver;
import dev.greenlight.checklist.CheckResult;
import dev.greenlight.checklist.ChecklistReport;
import dev.greenlight.checklist.DatasetInfo;
import dev.greenlight.checklist.Status;
import dev.greenlight.checklist.Verdict;
import dev.greenlight.checklist.evidence.Chart;
import dev.greenlight.checklist.ConditionResult;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.checklist.evidence.EvidenceTable;
import dev.greenlight.checklist.evidence.OpenQuestion;
import dev.greenlight.report.Cells;
import dev.greenlight.report.ReportFormat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.greenlight.report.html.Html.esc;

/**
 * {@code report.html}: one self-contained page (inline CSS and SVG; no scripts, fonts, images or links outside the
 * page), readable on a laptop without scrolling sideways.
 */
public final class HtmlReport implements ReportFormat {

    /** The report pages' style sheet, for other self-contained pages (monitor.html) to look the same. */
    public static String styles() {
        return CSS;
    }

    private static final String CSS = """
            :root{--pass:#15803d;--warn:#b45309;--fail:#b91c1c;--waived:#6d28d9;--na:#57534e;--ink:#1c1917;\
            --muted:#57534e;--line:#e7e5e4;--bg:#fafaf9}
            *{box-sizing:border-box}
            body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);\
            background:var(--bg)}
            main{max-width:1120px;margin:0 auto;padding:24px 20px 64px}
            h1{font-size:26px;margin:0 0 6px}h2{font-size:20px;margin:0}h3{font-size:15px;margin:18px 0 6px}
            .meta{color:var(--muted);font-size:13px;overflow-wrap:anywhere}
            .verdict{display:inline-block;padding:6px 14px;border-radius:6px;color:#fff;font-weight:700;\
            letter-spacing:.02em;margin:10px 0}
            .badge{display:inline-block;min-width:64px;text-align:center;padding:2px 8px;border-radius:4px;\
            color:#fff;font-size:12px;font-weight:700;white-space:nowrap}
            .PASS,.READY{background:var(--pass)}.WARN,.READY_WITH_WARNINGS{background:var(--warn)}\
            .FAIL,.NOT_READY,.ERROR{background:var(--fail)}.WAIVED{background:var(--waived)}\
            .NOT_APPLICABLE{background:var(--na)}
            table{border-collapse:collapse;width:100%;margin:8px 0 4px;font-size:13.5px}
            th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top;\
            overflow-wrap:break-word}
            table.wide{font-size:12px}table.wide th,table.wide td{padding:4px 5px}
            th{background:#f5f5f4;font-weight:600}
            td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            th{white-space:normal}
            .wrap{overflow-x:auto}
            section.item{background:#fff;border:1px solid var(--line);border-radius:8px;padding:18px 20px;\
            margin:18px 0}
            .head{display:flex;gap:12px;align-items:center;flex-wrap:wrap}
            .question{color:var(--muted);font-style:italic;margin:6px 0 10px}
            .summary{font-weight:600}
            .note{color:var(--muted);font-size:12.5px;margin:2px 0 10px}
            .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(330px,1fr));gap:12px;margin-top:10px}
            .charts.wide{grid-template-columns:repeat(auto-fill,minmax(460px,1fr))}
            svg.chart{width:100%;height:auto;background:#fff;border:1px solid var(--line);border-radius:6px}
            svg .ttl{font-size:13px;font-weight:600;fill:#292524}svg .tick{font-size:10.5px;fill:#57534e}
            svg .axis{font-size:11px;fill:#44403c}svg .val{font-size:10px;fill:#292524}svg .val.inv{fill:#fff}
            svg .grid{stroke:#e7e5e4;stroke-width:1}svg .ref{stroke:#b91c1c;stroke-width:1.5;stroke-dasharray:5 4}
            ul{margin:6px 0;padding-left:20px}li{margin:3px 0}
            .open li{list-style:"☐  "}.waiver{border-left:4px solid var(--waived);padding:6px 12px;\
            background:#f5f3ff}
            code{font-size:12.5px;background:#f5f5f4;padding:1px 4px;border-radius:3px}
            details summary{cursor:pointer;color:var(--muted);margin:8px 0}
            @media print{section.item{break-inside:avoid}}
            """;

    @Override
    public String fileName() {
        return "report.html";
    }

    @Override
    public String render(ChecklistReport r) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Greenlight: ").append(esc(r.modelName())).append(" — ").append(r.verdict().name())
                .append("</title><style>").append(CSS).append("</style></head><body><main>\n");
        header(h, r);
        overview(h, r);
        for (CheckResult i : r.items()) {
            item(h, i);
        }
        h.append("<p class=\"meta\">Generated by Greenlight ").append(esc(r.toolVersion())).append(" at ")
                .append(esc(r.generatedAt().toString())).append(". Every figure with its method and row count is in ")
                .append("report.json.</p>\n</main></body></html>\n");
        return h.toString();
    }

    private static void header(StringBuilder h, ChecklistReport r) {
        h.append("<header><h1>").append(esc(r.modelName()))
                .append(r.modelVersion() == null ? "" : " <small>" + esc(r.modelVersion()) + "</small>")
                .append("</h1>");
        h.append("<div class=\"verdict ").append(r.verdict().name()).append("\">")
                .append(verdictText(r.verdict())).append("</div> ");
        h.append("<span class=\"meta\">");
        for (Map.Entry<Status, Integer> e : r.counts().entrySet()) {
            if (e.getValue() > 0) {
                h.append(e.getValue()).append(' ').append(Cells.statusLabel(e.getKey()).toLowerCase(Locale.ROOT))
                        .append(" &nbsp;");
            }
        }
        h.append("</span>");
        h.append("<p class=\"meta\">Task: ").append(esc(r.task())).append(" · configuration <code>")
                .append(esc(r.configPath())).append("</code> (sha256 <code>").append(abbreviated(r.configSha256(), 12))
                .append("</code>)</p></header>\n");
    }

    private static String abbreviated(String s, int prefix) {
        return Html.esc(s.length() > prefix ? s.substring(0, prefix) + "…" : s);
    }

    private static String verdictText(Verdict v) {
        return switch (v) {
            case READY -> "READY for production";
            case READY_WITH_WARNINGS -> "READY, with warnings";
            case NOT_READY -> "NOT READY for production";
        };
    }

    private static void overview(StringBuilder h, ChecklistReport r) {
        h.append("<div class=\"wrap\"><table><thead><tr><th>#</th><th>Item</th><th>Status</th><th>Summary</th></tr>")
                .append("</thead><tbody>");
        for (CheckResult i : r.items()) {
            h.append("<tr><td>").append(i.info().order()).append("</td><td><a href=\"#item-")
                    .append(esc(i.info().id())).append("\">").append(esc(i.info().title())).append("</a></td><td>")
                    .append(badge(i.status())).append("</td><td>").append(esc(i.summary())).append("</td></tr>");
        }
        h.append("</tbody></table></div>\n");
        h.append("<h3>Data</h3><div class=\"wrap\"><table><thead><tr><th>Dataset</th><th>File</th><th>Rows</th>")
                .append("<th>Columns</th><th>sha256</th></tr></thead><tbody>");
        for (DatasetInfo d : r.datasets()) {
            h.append("<tr><td>").append(esc(d.role())).append("</td><td><code>").append(esc(d.path()))
                    .append("</code></td><td class=\"num\">").append(d.rows()).append("</td><td class=\"num\">")
                    .append(d.columns()).append("</td><td><code title=\"").append(esc(d.sha256())).append("\">")
                    .append(abbreviated(d.sha256(), 12)).append("</code></td></tr>");
        }
        h.append("</tbody></table></div>\n");
        if (!r.dataNotes().isEmpty()) {
            h.append("<h3>Notes on the data</h3><ul>");
            r.dataNotes().forEach(n -> h.append("<li>").append(esc(n)).append("</li>"));
            h.append("</ul>\n");
        }
    }

    private static String badge(Status s) {
        return "<span class=\"badge " + s.name() + "\">" + Cells.statusLabel(s) + "</span>";
    }

    private static void item(StringBuilder h, CheckResult i) {
        h.append("<section class=\"item\" id=\"item-").append(esc(i.info().id())).append("\"><div class=\"head\">")
                .append(badge(i.status())).append("<h2>").append(i.info().order()).append(". ")
                .append(esc(i.info().title())).append("</h2><code>").append(esc(i.info().id()))
                .append("</code></div>");
        h.append("<p class=\"question\">").append(esc(i.info().question())).append("</p>");
        h.append("<p class=\"summary\">").append(esc(i.summary())).append("</p>");
        AppliedWaiver w = i.waiver();
        if (w != null) {
            h.append("<p class=\"waiver\"><b>Waived</b> by ").append(esc(w.owner())).append(" on ")
                    .append(w.date()).append(w.expires() == null ? "" : " (until " + w.expires() + ")").append(": ")
                    .append(esc(w.reason())).append("<br><span class=\"note\">Before the waiver: ")
                    .append(w.originalStatus()).append(" — ").append(esc(w.originalSummary())).append("</span></p>");
        }
        if (!i.openQuestions().isEmpty()) {
            h.append("<h3>Open questions</h3><ul class=\"open\">");
            for (OpenQuestion q : i.openQuestions()) {
                h.append("<li>").append(esc(q.question())).append(" <code>").append(esc(q.key()))
                        .append("</code></li>");
            }
            h.append("</ul>");
        }
        if (!i.findings().isEmpty()) {
            h.append("<h3>Findings</h3><ul>");
            i.findings().forEach(f -> h.append("<li>").append(esc(f)).append("</li>"));
            h.append("</ul>");
        }
        if (i.recommendation() != null) {
            h.append("<p><b>Recommendation:</b> ").append(esc(i.recommendation())).append("</p>");
        }
        if (!i.conditions().isEmpty()) {
            h.append("<h3>Conditions</h3><ul class=\"conditions\">");
            for (ConditionResult c : i.conditions()) {
                h.append("<li>").append(badge(c.status())).append(" <code>")
                        .append(esc(c.condition())).append("</code>: ").append(esc(c.message())).append("</li>");
            }
            h.append("</ul>");
        }
        if (!i.evidence().isEmpty()) {
            h.append("<h3>Evidence</h3><div class=\"wrap\"><table><thead><tr><th>Figure</th><th>Value</th>")
                    .append("<th>Threshold</th><th>Method</th><th>n</th></tr></thead><tbody>");
            for (Evidence e : i.evidence()) {
                boolean numeric = e.value() != null;
                h.append("<tr><td>").append(esc(e.name())).append("</td><td").append(numeric ? " class=\"num\"" : "")
                        .append('>').append(esc(Cells.value(e))).append("</td><td>").append(esc(Cells.threshold(e)))
                        .append("</td><td>").append(esc(e.method()))
                        .append("</td><td class=\"num\">").append(e.n() == null ? "" : e.n()).append("</td></tr>");
            }
            h.append("</tbody></table></div>");
        }
        for (EvidenceTable t : i.tables()) {
            table(h, t);
        }
        charts(h, i.charts());
        h.append("</section>\n");
    }

    private static void table(StringBuilder h, EvidenceTable t) {
        boolean big = t.rows().size() > 15;
        if (big) {
            h.append("<details><summary>").append(esc(t.title())).append(" (").append(t.rows().size())
                    .append(" rows)</summary>");
        } else {
            h.append("<h3>").append(esc(t.title())).append("</h3>");
        }
        h.append("<div class=\"wrap\"><table").append(t.columns().size() > 7 ? " class=\"wide\"" : "")
                .append("><thead><tr>");
        t.columns().forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
        h.append("</tr></thead><tbody>");
        for (List<Object> row : t.rows()) {
            h.append("<tr>");
            for (Object cell : row) {
                h.append(cell instanceof Number ? "<td class=\"num\">" : "<td>").append(esc(Cells.text(cell)))
                        .append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table></div>");
        if (t.note() != null) {
            h.append("<p class=\"note\">").append(esc(t.note())).append("</p>");
        }
        if (big) {
            h.append("</details>");
        }
    }

    private static void charts(StringBuilder h, List<Chart> charts) {
        if (charts.isEmpty()) {
            return;
        }
        List<Chart> small = charts.stream().filter(c -> c instanceof Chart.Histogram).toList();
        List<Chart> wide = charts.stream().filter(c -> !(c instanceof Chart.Histogram)).toList();
        if (!wide.isEmpty()) {
            h.append("<div class=\"charts wide\">");
            wide.forEach(c -> h.append(SvgCharts.render(c)));
            h.append("</div>");
        }
        if (!small.isEmpty()) {
            h.append("<div class=\"charts\">");
            small.forEach(c -> h.append(SvgCharts.render(c)));
            h.append("</div>");
        }
    }
}
