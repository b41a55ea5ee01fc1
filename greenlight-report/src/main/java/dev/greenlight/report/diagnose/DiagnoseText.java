package dev.greenlight.report.diagnose;

import dev.greenlight.diagnose.CauseFinding;
import dev.greenlight.diagnose.Diagnosis;
import dev.greenlight.diagnose.FeatureContribution;
import dev.greenlight.diagnose.Figure;
import dev.greenlight.diagnose.Performance;

import java.util.Locale;

/** The diagnosis as plain text for a terminal: the performance, one block per cause, the primary cause. */
public final class DiagnoseText {
    private DiagnoseText() {
    }

    public static String render(Diagnosis d) {
        StringBuilder s = new StringBuilder();
        Performance p = d.performance();
        s.append(p.metric()).append('\n');
        line(s, "reference", p.reference());
        line(s, "production, realized", p.realized());
        line(s, "production, estimated", p.estimated());
        s.append(String.format(Locale.ROOT, "  drop %s (chance band %s: %s)%n", num(p.drop()), num(p.band()),
                p.beyondBand() ? "beyond it" : "within it"));
        s.append('\n');
        for (CauseFinding c : d.causes()) {
            s.append(String.format(Locale.ROOT, "%-22s %-10s share %s%n", c.cause().key(), c.verdict().key(),
                    c.share() == null ? "-" : num(c.share())));
            c.evidence().forEach(e -> s.append("    ").append(e).append('\n'));
        }
        if (!d.contributions().isEmpty()) {
            s.append("\ncovariate drop carried by each drifted feature (reference reweighted to production's "
                    + "distribution of it):\n");
            for (FeatureContribution f : d.contributions()) {
                s.append(String.format(Locale.ROOT, "    %-20s %s%n", f.feature(), num(f.drop())));
            }
        }
        d.notes().forEach(n -> s.append("note: ").append(n).append('\n'));
        s.append("\nprimary cause: ").append(d.primaryCause()).append('\n');
        return s.toString();
    }

    private static void line(StringBuilder s, String what, Figure f) {
        if (f == null) {
            s.append(String.format(Locale.ROOT, "  %-22s n/a%n", what));
        } else {
            s.append(String.format(Locale.ROOT, "  %-22s %s [%s, %s] on %d rows (%s)%n", what, num(f.value()),
                    num(f.low()), num(f.high()), f.rows(), f.method()));
        }
    }

    static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "n/a";
    }
}
