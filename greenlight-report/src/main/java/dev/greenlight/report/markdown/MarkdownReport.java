package dev.greenlight.report.markdown;

import dev.greenlight.checklist.AppliedWaiver;
import dev.greenlight.checklist.CheckResult;
import dev.greenlight.checklist.ChecklistReport;
import dev.greenlight.checklist.DatasetInfo;
import dev.greenlight.checklist.Status;
import dev.greenlight.checklist.ConditionResult;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.checklist.evidence.EvidenceTable;
import dev.greenlight.checklist.evidence.OpenQuestion;
import dev.greenlight.report.Cells;
import dev.greenlight.report.ReportFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code report.md}: the report for a pull request or a wiki page. */
public final class MarkdownReport implements ReportFormat {

    @Override
    public String fileName() {
        return "report.md";
    }

    @Override
    public String render(ChecklistReport r) {
        StringBuilder out = new StringBuilder();
        out.append("# Greenlight report: ").append(r.modelName())
                .append(r.modelVersion() == null ? "" : " " + r.modelVersion()).append("\n\n");
        out.append("**Verdict: ").append(r.verdict().name()).append("** (").append(countsLine(r)).append(")\n\n");
        List<List<String>> rows = new ArrayList<>();
        for (CheckResult i : r.items()) {
            rows.add(List.of(String.valueOf(i.info().order()), i.info().title() + " (`" + i.info().id() + "`)",
                    Cells.statusBadge(i.status()), i.summary()));
        }
        Markdown.table(out, List.of("#", "Item", "Status", "Summary"), rows);
        out.append("Task: ").append(r.task()).append(" · Configuration: `").append(r.configPath())
                .append("` (sha256 `").append(r.configSha256(), 0, 12).append("…`) · Greenlight ")
                .append(r.toolVersion()).append(" · ").append(r.generatedAt()).append("\n\n");
        List<List<String>> ds = new ArrayList<>();
        for (DatasetInfo d : r.datasets()) {
            ds.add(List.of(d.role(), "`" + d.path() + "`", String.valueOf(d.rows()), String.valueOf(d.columns()),
                    "`" + d.sha256().substring(0, 12) + "…`"));
        }
        Markdown.table(out, List.of("Dataset", "File", "Rows", "Columns", "sha256"), ds);
        if (!r.dataNotes().isEmpty()) {
            out.append("**Notes on the data**\n\n");
            r.dataNotes().forEach(n -> out.append("- ").append(n).append('\n'));
            out.append('\n');
        }
        for (CheckResult i : r.items()) {
            item(out, i);
        }
        out.append("---\nCharts are in `report.html`; every figure with its method is in `report.json`.\n");
        return out.toString();
    }

    static String countsLine(ChecklistReport r) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Status, Integer> e : r.counts().entrySet()) {
            if (e.getValue() > 0) {
                parts.add(e.getValue() + " " + Cells.statusLabel(e.getKey()).toLowerCase(Locale.ROOT));
            }
        }
        return String.join(", ", parts);
    }

    private static void item(StringBuilder out, CheckResult i) {
        out.append("## ").append(i.info().order()).append(". ").append(i.info().title()).append(" — ")
                .append(Cells.statusBadge(i.status())).append("\n\n");
        out.append("> ").append(i.info().question()).append("\n\n");
        out.append(i.summary()).append("\n\n");
        AppliedWaiver w = i.waiver();
        if (w != null) {
            out.append("**Waived** by ").append(w.owner()).append(" on ").append(w.date())
                    .append(w.expires() == null ? "" : " (until " + w.expires() + ")").append(": ")
                    .append(w.reason()).append(" _(was ").append(w.originalStatus()).append(": ")
                    .append(w.originalSummary()).append(")_\n\n");
        }
        if (!i.conditions().isEmpty()) {
            out.append("**Conditions**\n\n");
            for (ConditionResult c : i.conditions()) {
                out.append("- ").append(Cells.statusLabel(c.status())).append(" `").append(c.condition())
                        .append("`: ").append(c.message()).append('\n');
            }
            out.append('\n');
        }
        if (!i.evidence().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (Evidence e : i.evidence()) {
                rows.add(List.of(e.name(), Cells.value(e), Cells.threshold(e), e.method() == null ? "" : e.method(),
                        e.n() == null ? "" : String.valueOf(e.n())));
            }
            Markdown.table(out, List.of("Evidence", "Value", "Threshold", "Method", "n"), rows);
        }
        for (EvidenceTable t : i.tables()) {
            Markdown.table(out, t);
        }
        if (!i.findings().isEmpty()) {
            out.append("**Findings**\n\n");
            i.findings().forEach(f -> out.append("- ").append(f).append('\n'));
            out.append('\n');
        }
        if (!i.openQuestions().isEmpty()) {
            out.append("**Open questions**\n\n");
            for (OpenQuestion q : i.openQuestions()) {
                out.append("- [ ] `").append(q.key()).append("`: ").append(q.question()).append('\n');
            }
            out.append('\n');
        }
        if (i.recommendation() != null) {
            out.append("**Recommendation:** ").append(i.recommendation()).append("\n\n");
        }
    }
}
