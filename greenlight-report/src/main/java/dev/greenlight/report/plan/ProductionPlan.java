package dev.greenlight.report.plan;

import dev.greenlight.checklist.CheckResult;
import dev.greenlight.checklist.ChecklistReport;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.checklist.evidence.OpenQuestion;
import dev.greenlight.report.Cells;
import dev.greenlight.report.ReportFormat;

import java.util.List;

/**
 * {@code production-plan.md}: the draft production plan, one section per checklist item, with the team's answers,
 * the evidence behind each item and every open question marked, so the team can finish it and keep it beside the
 * model.
 */
public final class ProductionPlan implements ReportFormat {

    @Override
    public String fileName() {
        return "production-plan.md";
    }

    @Override
    public String render(ChecklistReport r) {
        StringBuilder out = new StringBuilder();
        long open = r.items().stream().mapToLong(i -> i.openQuestions().size()).sum();
        out.append("# Production plan: ").append(r.modelName())
                .append(r.modelVersion() == null ? "" : " " + r.modelVersion()).append(" (draft)\n\n");
        out.append("Drafted by Greenlight ").append(r.toolVersion()).append(" on ").append(r.generatedAt())
                .append(" from `").append(r.configPath()).append("`. Readiness verdict at drafting: **")
                .append(r.verdict().name()).append("**. ");
        out.append(open == 0 ? "Every question is answered.\n\n"
                : "**" + open + " question(s) are open**, marked ☐ OPEN below; answer them under the key shown "
                + "in the configuration and run `greenlight check` again.\n\n");
        for (CheckResult i : r.items()) {
            section(out, i);
        }
        return out.toString();
    }

    private static void section(StringBuilder out, CheckResult i) {
        out.append("## ").append(i.info().order()).append(". ").append(i.info().title()).append("\n\n");
        out.append("_").append(i.info().question()).append("_\n\n");
        out.append("Status: **").append(Cells.statusLabel(i.status())).append("**. ").append(i.summary())
                .append("\n\n");
        List<Evidence> answers = i.evidence().stream().filter(Evidence::isTeamAnswer).toList();
        List<Evidence> data = i.evidence().stream().filter(e -> !e.isTeamAnswer()).toList();
        if (!answers.isEmpty() || !i.openQuestions().isEmpty()) {
            out.append("**The team's answers**\n\n");
            for (Evidence a : answers) {
                out.append("- ☑ ").append(a.name()).append("\n  ").append(a.text().replace("\n", "\n  "))
                        .append('\n');
            }
            for (OpenQuestion q : i.openQuestions()) {
                out.append("- ☐ OPEN: ").append(q.question()).append(" (answer under `").append(q.key())
                        .append("`)\n");
            }
            out.append('\n');
        }
        if (!data.isEmpty()) {
            out.append("**Evidence**\n\n");
            for (Evidence e : data) {
                out.append("- ").append(e.name()).append(": ").append(Cells.value(e));
                if (e.method() != null || e.n() != null) {
                    out.append(" (").append(e.method() == null ? "" : e.method())
                            .append(e.n() == null ? "" : (e.method() == null ? "" : "; ") + "n = " + e.n())
                            .append(')');
                }
                out.append('\n');
            }
            out.append('\n');
        }
        if (!i.findings().isEmpty()) {
            out.append("**Findings**\n\n");
            i.findings().forEach(f -> out.append("- ").append(f).append('\n'));
            out.append('\n');
        }
        if (i.waiver() != null) {
            out.append("**Decision (waiver):** ").append(i.waiver().reason()).append(" — ").append(i.waiver().owner())
                    .append(", ").append(i.waiver().date())
                    .append(i.waiver().expires() == null ? "" : ", until " + i.waiver().expires()).append("\n\n");
        }
        if (i.recommendation() != null) {
            out.append("**Next step:** ").append(i.recommendation()).append("\n\n");
        }
    }
}
