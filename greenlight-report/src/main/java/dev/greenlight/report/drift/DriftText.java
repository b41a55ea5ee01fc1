package dev.greenlight.report.drift;

import dev.greenlight.drift.ColumnDrift;
import dev.greenlight.drift.DatasetDrift;
import dev.greenlight.drift.DriftReport;
import dev.greenlight.drift.multivariate.DomainClassifierResult;
import dev.greenlight.drift.multivariate.MultivariateDrift;
import dev.greenlight.drift.multivariate.ReconstructionResult;
import dev.greenlight.report.TextTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The drift report as a plain-text table for a terminal. */
public final class DriftText {
    private DriftText() {
    }

    public static String render(DriftReport report) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"column", "role", "type", "test", "statistic", "p-value", "adj. p", "effect",
            "min. effect", "threshold", "drift", "n ref", "n cur"});
        for (ColumnDrift c : report.columns()) {
            rows.add(new String[] {c.name(), c.role().key(), c.kind().key(), c.test(), num(c.statistic()),
                num(c.pValue()), num(c.adjustedPValue()), num(c.effectSize()),
                c.effectThreshold() == null ? "-" : num(c.effectThreshold().value()), num(c.threshold())
                    + (c.thresholdSource().equals("reference chunks") ? "*" : ""), c.drift() ? "DRIFT" : "-",
                Long.toString(c.nReference()), Long.toString(c.nCurrent())});
        }
        StringBuilder out = new StringBuilder(TextTable.render(rows));
        DatasetDrift d = report.dataset();
        out.append(String.format(Locale.ROOT, "%nDataset drift: %s (%d of %d columns drifted, %.0f%%; threshold "
                        + "%.0f%%; p-values corrected with %s)%n", d.drift() ? "YES" : "no", d.driftedColumns(),
                d.columns(), 100 * d.share(), 100 * d.threshold(), d.correction().key()));
        if (report.columns().stream().anyMatch(c -> c.thresholdSource().equals("reference chunks"))) {
            out.append("* threshold learnt from chunks of the reference (mean + 3 sd of the distance)\n");
        }
        if (report.columns().stream().anyMatch(c -> c.effectThreshold() != null)) {
            out.append("min. effect: a column drifts when its adjusted p-value is below the threshold and its effect "
                    + "exceeds this, the reference's own chunk-to-chunk variation (docs/drift.md)\n");
        }
        if (d.approximate()) {
            out.append(String.format(Locale.ROOT, "Approximate: some statistics come from profiles' sketches; "
                    + "their ECDFs are within %.4f of the data's (99%% confidence)%n", d.rankErrorBound()));
        }
        MultivariateDrift m = report.multivariate();
        if (m != null) {
            DomainClassifierResult dc = m.domainClassifier();
            out.append(String.format(Locale.ROOT, "Domain classifier: AUC %.3f [%.3f, %.3f] over %d+%d rows, "
                            + "%d-fold: %s", dc.auc(), dc.aucLow(), dc.aucHigh(), dc.referenceRows(),
                    dc.currentRows(), dc.folds(), dc.drift() ? "DRIFT" : "no drift"));
            if (!dc.topFeatures().isEmpty()) {
                out.append("; leans on ");
                out.append(String.join(", ", dc.topFeatures().stream().map(f -> String.format(Locale.ROOT,
                        "%s (%.0f%%)", f.name(), 100 * f.importance())).toList()));
            }
            out.append('\n');
            ReconstructionResult r = m.reconstruction();
            if (r != null) {
                out.append(String.format(Locale.ROOT, "PCA reconstruction error: %.4f (reference %.4f, bounds "
                                + "[%.4f, %.4f], %d of %d components): %s%n", r.currentError(), r.referenceError(),
                        r.lowerThreshold(), r.upperThreshold(), r.components(), r.features(),
                        r.drift() ? "DRIFT" : "no drift"));
            }
        }
        for (String n : report.notes()) {
            out.append("Note: ").append(n).append('\n');
        }
        return out.toString();
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        double a = Math.abs(v);
        return a != 0 && (a < 1e-3 || a >= 1e6) ? String.format(Locale.ROOT, "%.3g", v)
                : String.format(Locale.ROOT, "%.4f", v);
    }
}
