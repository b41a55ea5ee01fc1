package dev.greenlight.report;

import dev.greenlight.checklist.Status;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.checklist.evidence.Threshold;
import dev.greenlight.text.Figures;

/** How figures and statuses read in the human-facing reports. */
public final class Cells {
    private Cells() {
    }

    /** A table cell or evidence value as text: numbers to four significant digits, null as a dash. */
    public static String text(Object cell) {
        if (cell == null) {
            return "–";
        }
        if (cell instanceof Double d) {
            return Figures.format(d);
        }
        if (cell instanceof Float f) {
            return Figures.format(f);
        }
        return cell.toString();
    }

    /** An evidence value with its interval, e.g. {@code 0.912 [0.88, 0.94]}. */
    public static String value(Evidence e) {
        String v = e.value() != null ? Figures.format(e.value()) : "";
        if (e.text() != null) {
            v = v.isEmpty() ? e.text() : v + " " + e.text();
        }
        if (e.ciLow() != null && e.ciHigh() != null) {
            v += " [" + Figures.format(e.ciLow()) + ", " + Figures.format(e.ciHigh()) + "]";
        }
        return v;
    }

    /** The threshold a condition applied to a figure, e.g. {@code <= 0.25 (default of checks.x.y)}; empty if none. */
    public static String threshold(Evidence e) {
        Threshold t = e.threshold();
        return t == null ? "" : t.comparison().symbol() + " " + Figures.format(t.value()) + " (" + t.source() + ")";
    }

    public static String statusLabel(Status s) {
        return switch (s) {
            case PASS -> "PASS";
            case WARN -> "WARN";
            case FAIL -> "FAIL";
            case WAIVED -> "WAIVED";
            case NOT_APPLICABLE -> "N/A";
            case ERROR -> "ERROR";
        };
    }

    /** A status with a mark that reads at a glance in a pull request. */
    public static String statusBadge(Status s) {
        return switch (s) {
            case PASS -> "✅ PASS";
            case WARN -> "⚠️ WARN";
            case FAIL -> "❌ FAIL";
            case WAIVED -> "📝 WAIVED";
            case NOT_APPLICABLE -> "➖ N/A";
            case ERROR -> "💥 ERROR";
        };
    }
}
