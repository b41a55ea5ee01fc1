package dev.greenlight.report.markdown;

import dev.greenlight.checklist.evidence.EvidenceTable;
import dev.greenlight.report.Cells;

import java.util.List;

/** Markdown building blocks shared by the report and the production plan. */
public final class Markdown {
    private Markdown() {
    }

    /** Text safe inside a table cell: no pipes or line breaks. */
    public static String cell(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    public static void table(StringBuilder out, List<String> header, List<List<String>> rows) {
        out.append('|');
        header.forEach(h -> out.append(' ').append(cell(h)).append(" |"));
        out.append("\n|");
        header.forEach(h -> out.append("---|"));
        out.append('\n');
        for (List<String> r : rows) {
            out.append('|');
            r.forEach(c -> out.append(' ').append(cell(c)).append(" |"));
            out.append('\n');
        }
        out.append('\n');
    }

    public static void table(StringBuilder out, EvidenceTable t) {
        out.append("**").append(cell(t.title())).append("**\n\n");
        table(out, t.columns(), t.rows().stream().map(r -> r.stream().map(Cells::text).toList()).toList());
        if (t.note() != null) {
            out.append("_").append(t.note()).append("_\n\n");
        }
    }
}
