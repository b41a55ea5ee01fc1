package dev.greenlight.checklist.plan;

import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.ConditionResult;
import dev.greenlight.checklist.Measurements;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.checklist.evidence.EvidenceTable;
import dev.greenlight.config.GreenlightConfig.SkewSource;
import dev.greenlight.io.DataFile;
import dev.greenlight.io.TableReader;
import dev.greenlight.skew.FeatureSkew;
import dev.greenlight.skew.SkewAnalysis;
import dev.greenlight.skew.SkewLimits;
import dev.greenlight.skew.SkewOptions;
import dev.greenlight.skew.SkewReport;
import dev.greenlight.skew.ValueMapping;
import dev.greenlight.text.Figures;

import java.util.List;

/**
 * Training/serving skew ({@code skew:}): the same records through both pipelines, compared by
 * {@link SkewAnalysis}; the item FAILs when a feature differs on more than {@code skew.max_differing_share} of the
 * records (default 0: the pipelines must agree within the tolerance).
 */
final class ServingSkewAnalysis {
    /** Value mappings named per categorical feature in the table. */
    private static final int MAPPINGS_SHOWN = 3;

    private ServingSkewAnalysis() {
    }

    static ConditionResult add(CheckContext ctx, Measurements b) {
        SkewSource s = ctx.config().skew();
        if (s == null) {
            return null;
        }
        DataFile training = TableReader.read(s.training());
        DataFile serving = TableReader.read(s.serving());
        SkewReport report = SkewAnalysis.of(training.table(), training.fileName(), serving.table(),
                serving.fileName(), new SkewOptions(s.id(), s.columns(), s.tolerance()));
        SkewLimits limits = new SkewLimits(s.maxDifferingShare());
        List<FeatureSkew> skewed = limits.skewed(report);
        b.evidence(Evidence.number("skew.records_compared", "records compared for training/serving skew", report.matched(), "ids in both "
                + training.fileName() + " and " + serving.fileName(), report.matched(), "skew"));
        b.evidence(Evidence.number("skew.features_skewed", "features with training/serving skew", skewed.size(), "features whose share of "
                + "differing records exceeds " + Figures.format(limits.maxDifferingShare()) + " (tolerance "
                + Figures.format(s.tolerance()) + ")", report.matched(), "skew"));
        EvidenceTable.Builder t = EvidenceTable.builder("Training/serving skew per feature (" + training.fileName()
                + " vs " + serving.fileName() + ")", "feature", "kind", "differing share", "missing on one side",
                "max |difference|", "distance", "values mapped differently");
        for (FeatureSkew f : report.features()) {
            t.row(f.feature(), f.kind(), f.differingShare(), f.missingOneSideShare(), finite(f.maxAbsDifference()),
                    f.distance().test() + " " + (Double.isNaN(f.distance().statistic()) ? "-"
                            : Figures.format(f.distance().statistic())), mappings(f.mappings()));
        }
        b.table(t.note("Records joined by '" + s.id() + "'; numbers differ when |t - s| > " + Figures.format(
                s.tolerance()) + " * max(1, |t|); distance: the drift test ks (numbers) or js (categories) between "
                + "the two pipelines' values (docs/skew.md).").build());
        if (report.matched() == 0) {
            return ConditionResult.fail("no-serving-skew", "no record id of " + training.fileName()
                    + " is in " + serving.fileName() + ", so skew could not be measured");
        }
        if (report.trainingOnly() + report.servingOnly() > 0) {
            b.finding(report.trainingOnly() + " records are only in " + training.fileName() + " and "
                    + report.servingOnly() + " only in " + serving.fileName() + "; they are not compared.");
        }
        if (skewed.isEmpty()) {
            return null;
        }
        for (FeatureSkew f : skewed) {
            b.finding("Feature '" + f.feature() + "' differs between training and serving on "
                    + Figures.percent(f.differingShare()) + " of " + f.compared() + " records"
                    + (Double.isNaN(f.maxAbsDifference()) ? "" : " (largest difference "
                    + Figures.format(f.maxAbsDifference()) + ")")
                    + (f.mappings().isEmpty() ? "" : "; " + mappings(f.mappings())) + ".");
        }
        b.recommend("Make serving compute the skewed features with the training pipeline's code (or log the "
                + "served features and train on them); the model sees different inputs in production than it was "
                + "tested on.");
        return ConditionResult.fail("no-serving-skew", skewed.size() + " feature(s) differ between the training and "
                + "the serving pipeline: " + String.join(", ", skewed.stream().map(FeatureSkew::feature).toList()));
    }

    private static String mappings(List<ValueMapping> all) {
        if (all.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(MAPPINGS_SHOWN, all.size()); i++) {
            ValueMapping m = all.get(i);
            sb.append(i == 0 ? "" : ", ").append(show(m.training())).append(" -> ").append(show(m.serving()))
                    .append(" (").append(m.count()).append(")");
        }
        return all.size() > MAPPINGS_SHOWN ? sb + " and " + (all.size() - MAPPINGS_SHOWN) + " more" : sb.toString();
    }

    private static String show(String v) {
        return v == null ? "missing" : "'" + v + "'";
    }

    private static Object finite(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
