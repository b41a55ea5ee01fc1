package dev.greenlight.checklist.distribution;

import dev.greenlight.checklist.evidence.EvidenceTable;
import dev.greenlight.drift.ColumnDrift;
import dev.greenlight.drift.DriftReport;
import dev.greenlight.text.Figures;

import java.util.Locale;

/** The per-column drift table of one comparison. */
final class DriftTables {
    private DriftTables() {
    }

    static EvidenceTable columns(String pair, DriftReport r) {
        EvidenceTable.Builder t = EvidenceTable.builder("Drift: " + pair, "column", "role", "type", "test",
                "statistic", "p-value", "adjusted p", "effect size", "effect needed", "threshold", "drift", "n reference", "n current");
        for (ColumnDrift c : r.columns()) {
            t.row(c.name(), c.role().name().toLowerCase(Locale.ROOT), c.kind().name().toLowerCase(Locale.ROOT),
                    c.test() + " (" + c.method() + ")", c.statistic(), nanToNull(c.pValue()),
                    nanToNull(c.adjustedPValue()), nanToNull(c.effectSize()),
                    c.effectThreshold() == null ? null : (Object) c.effectThreshold().value(), c.threshold()
                            + (c.thresholdSource().equals("default") ? "" : " (" + c.thresholdSource() + ")"),
                    c.drift() ? "yes" : "no", c.nReference(), c.nCurrent());
        }
        return t.note("Tests chosen per column: KS for numbers, the z-test or chi-square for categories; a column "
                + "drifts when its adjusted p-value is below the threshold and its effect size (Wasserstein / "
                + "reference sd, or total variation distance) exceeds the effect needed, what chunks of the "
                + "reference show among themselves; p-values " + r.dataset()
                .correction().key() + "-corrected across columns" + (r.dataset().approximate() ? "; sketch rank error "
                + "up to " + Figures.format(r.dataset().rankErrorBound()) : "") + ". See docs/drift.md.").build();
    }

    private static Object nanToNull(double v) {
        return Double.isNaN(v) ? null : (Object) v;
    }
}
