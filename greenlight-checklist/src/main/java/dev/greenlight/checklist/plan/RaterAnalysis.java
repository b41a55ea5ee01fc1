package dev.greenlight.checklist.plan;

import dev.greenlight.checklist.Measurements;
import dev.greenlight.checklist.data.PreparedDataset;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.checklist.evidence.EvidenceTable;
import dev.greenlight.labels.AgreementOptions;
import dev.greenlight.labels.AgreementReport;
import dev.greenlight.labels.RaterAgreement;
import dev.greenlight.labels.Ratings;
import dev.greenlight.metrics.MetricValue;
import dev.greenlight.table.Column;
import dev.greenlight.text.Figures;

import java.util.List;

/**
 * How reliable human labels are, from several raters' labels of the same rows ({@code labels.raters}): their
 * agreement ({@link RaterAgreement}) and each rater's accuracy against the target. Judged by Krippendorff's alpha:
 * below {@code checks.ground_truth.min_alpha} (default 0.667, the level below which Krippendorff (2004, "Content
 * Analysis", section 12.4) advises against drawing even tentative conclusions) the labels are too unreliable to
 * judge a model by, which warns.
 */
final class RaterAnalysis {

    private RaterAnalysis() {
    }

    /** Adds the evidence; returns the reason to warn, or null. */
    static String add(PreparedDataset d, List<String> raters, String target, double minAlpha, Measurements b) {
        AgreementReport r = RaterAgreement.of(Ratings.of(d.table(), raters, d.file().fileName()),
                AgreementOptions.DEFAULTS);
        String method = "Krippendorff (2011), nominal, over every row with two ratings or more";
        if (r.alpha().isDefined()) {
            b.evidence(Evidence.number("raters.krippendorff_alpha", "rater agreement: Krippendorff's alpha", r.alpha().value(), method,
                    r.alpha().n(), d.role()));
        } else {
            b.finding("Krippendorff's alpha of the raters " + raters + " is undefined: " + r.alpha().undefinedReason()
                    + ".");
        }
        if (r.fleiss().isDefined()) {
            b.evidence(Evidence.number("raters.fleiss_kappa", "rater agreement: Fleiss' kappa", r.fleiss().value(), "statsmodels "
                    + "fleiss_kappa on the rows every rater labelled", r.completeUnits(), d.role()));
        }
        EvidenceTable.Builder pairs = EvidenceTable.builder("Agreement between raters (" + d.role() + ")", "rater",
                "rater", "rows", "observed agreement", "Cohen's kappa", "95% interval");
        for (AgreementReport.Pair p : r.pairs()) {
            pairs.row(p.rater1(), p.rater2(), p.n(), finite(p.observed()), value(p.kappa()),
                    p.inference().isDefined() ? Figures.format(p.inference().low()) + " to "
                            + Figures.format(p.inference().high()) : null);
        }
        b.table(pairs.note("Cohen's kappa as scikit-learn's cohen_kappa_score; interval as statsmodels' "
                + "cohens_kappa (Fleiss, Cohen & Everitt 1969 standard error)").build());
        Column truth = d.table().find(target).orElse(null);
        if (truth != null) {
            EvidenceTable.Builder accuracy = EvidenceTable.builder("Each rater against the target (" + d.role()
                    + ")", "rater", "rows", "accuracy", "agreement with the other raters");
            for (int k = 0; k < raters.size(); k++) {
                Column c = d.table().column(raters.get(k));
                long both = 0;
                long right = 0;
                for (int i = 0; i < c.size(); i++) {
                    String a = c.format(i);
                    String t = truth.format(i);
                    if (a != null && t != null) {
                        both++;
                        right += a.equals(t) ? 1 : 0;
                    }
                }
                AgreementReport.RaterConsensus consensus = r.perRater().get(k);
                accuracy.row(raters.get(k), both, both == 0 ? null : (double) right / both,
                        finite(consensus.agreement()));
            }
            b.table(accuracy.note("accuracy: share of the rows with both a rater's label and the target where "
                    + "they are the same; the model can be compared with a rater under baselines: (kind: label)")
                    .build());
        }
        if (r.alpha().isDefined() && r.alpha().value() < minAlpha) {
            b.finding("The raters agree with Krippendorff's alpha " + Figures.format(r.alpha().value()) + ", below "
                    + Figures.format(minAlpha) + ": labels this unreliable put a ceiling on any measured performance; "
                    + "tighten the labelling guideline, or adjudicate disagreements.");
            return "the raters' agreement (Krippendorff's alpha " + Figures.format(r.alpha().value()) + ") is below "
                    + Figures.format(minAlpha);
        }
        return null;
    }

    private static Object value(MetricValue v) {
        return v.isDefined() ? v.value() : null;
    }

    private static Object finite(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
