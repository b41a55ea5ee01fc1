package dev.greenlight.checklist.distribution;

import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.CheckResult;
import dev.greenlight.checklist.ChecklistItem;
import dev.greenlight.checklist.ItemCheck;
import dev.greenlight.checklist.Judgement;
import dev.greenlight.checklist.Status;
import dev.greenlight.checklist.data.PreparedDataset;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.checklist.evidence.EvidenceTable;
import dev.greenlight.drift.ColumnDrift;
import dev.greenlight.drift.ColumnRole;
import dev.greenlight.drift.Correction;
import dev.greenlight.drift.DriftEngine;
import dev.greenlight.drift.DriftInput;
import dev.greenlight.drift.DriftOptions;
import dev.greenlight.drift.DriftReport;
import dev.greenlight.drift.multivariate.DomainClassifierResult;
import dev.greenlight.drift.multivariate.MultivariateDrift;
import dev.greenlight.error.GreenlightException;
import dev.greenlight.text.Figures;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Item 5: do train, test, validation (and a production sample) come from one distribution? Each pair (train–test,
 * train–validation, test–validation, train–production) is compared by the drift engine ({@link DriftEngine}): every
 * feature, the label and the model's outputs, with the automatic test per column (a hypothesis test judged on p-value and effect size, docs/drift.md) or the one
 * configured, p-values corrected across columns, an effect size beside every p-value; and, for train–test and
 * train–production, the multivariate methods (domain classifier, PCA reconstruction error). With a timestamp column,
 * drift per time window ({@link WindowAnalysis}); data-integrity problems are reported too
 * ({@link IntegrityAnalysis}).
 *
 * <p>FAIL when the label distribution of test or validation differs from train, or when more than
 * {@code checks.data_distribution.max_drifted_share} (0.25) of the features drift between train and test or
 * validation; WARN for any other drift (a feature, the predictions, test against validation, the production
 * sample, the domain classifier).
 */
public final class DataDistributionCheck extends ItemCheck {

    public DataDistributionCheck() {
        super(ChecklistItem.DATA_DISTRIBUTION);
    }

    /** A pair of datasets compared, with how a finding in it counts. */
    private record Pair(String reference, String current, boolean multivariate) {
    }

    private static final List<Pair> PAIRS = List.of(new Pair("train", "test", true),
            new Pair("train", "validation", false), new Pair("test", "validation", false),
            new Pair("train", "production", true));

    @Override
    public CheckResult run(CheckContext ctx) {
        CheckResult.Builder b = CheckResult.builder(info());
        Judgement j = new Judgement();
        double maxShare = ctx.options().dataDistribution().maxDriftedShare();
        DriftOptions options = options(ctx);
        for (Pair p : PAIRS) {
            var ref = ctx.data().dataset(p.reference());
            var cur = ctx.data().dataset(p.current());
            if (ref.isEmpty() || cur.isEmpty()) {
                continue;
            }
            DriftReport report;
            try {
                report = DriftEngine.compare(DriftInput.of(ref.get().table(), p.reference()),
                        DriftInput.of(cur.get().table(), p.current()), options.withMultivariate(p.multivariate()));
            } catch (GreenlightException e) {
                b.finding(p.reference() + " vs " + p.current() + ": not compared (" + e.getMessage() + ").");
                continue;
            }
            judge(b, j, p, report, maxShare);
            if (p.current().equals("test")) {
                DistributionCharts.features(b, ref.get().table(), cur.get().table(), report);
            }
        }
        WindowAnalysis.run(ctx, b, j, options);
        IntegrityAnalysis.run(ctx, b, j);
        j.problems().forEach(b::finding);
        if (j.isClean()) {
            b.status(Status.PASS, "No feature, label or prediction distribution differs between train and the other "
                    + "datasets beyond its threshold.");
        } else {
            b.status(j.status(), String.join("; ", j.problems().stream().map(t -> t.length() > 200
                    ? t.substring(0, 197) + "..." : t).toList()) + ".");
        }
        if (j.status() == Status.FAIL) {
            b.recommendation("Train and test (or validation) should come from one distribution: check how the split "
                    + "was made, and whether features are computed the same way in each dataset.");
        }
        return b.build();
    }

    /** The drift options the configuration asks for: the features, the label and the outputs, with their roles. */
    static DriftOptions options(CheckContext ctx) {
        Set<String> predictions = new LinkedHashSet<>();
        var pc = ctx.config().prediction();
        for (String c : new String[]{pc.label(), pc.score(), pc.value()}) {
            if (c != null) {
                predictions.add(c);
            }
        }
        if (pc.probabilities() != null) {
            predictions.addAll(pc.probabilities().values());
        }
        List<String> columns = new ArrayList<>(ctx.data().features().keySet());
        columns.add(ctx.config().target());
        columns.addAll(predictions);
        DriftOptions o = DriftOptions.defaults().withColumns(columns)
                .withRoles(Set.of(ctx.config().target()), predictions)
                .withCorrection(correction(ctx.options().dataDistribution().correction()));
        String test = ctx.options().dataDistribution().test();
        if (test != null) {
            o = o.withTest(test);
        }
        if (ctx.options().dataDistribution().threshold() != null) {
            o = o.withThreshold(ctx.options().dataDistribution().threshold());
        }
        o = o.withMinimumEffect(ctx.options().dataDistribution().minEffect());
        if (ctx.options().dataDistribution().referenceThresholds()) {
            o = o.withReferenceThresholds(true);
        }
        return o;
    }

    private static Correction correction(String key) {
        return switch (key) {
            case "bonferroni" -> Correction.BONFERRONI;
            case "none" -> Correction.NONE;
            default -> Correction.BH;
        };
    }

    private static void judge(CheckResult.Builder b, Judgement j, Pair p, DriftReport r, double maxShare) {
        String pair = p.reference() + " vs " + p.current();
        b.table(DriftTables.columns(pair, r));
        List<ColumnDrift> features = r.ofRole(ColumnRole.FEATURE);
        List<String> drifted = features.stream().filter(ColumnDrift::drift)
                .map(c -> c.name() + " (" + c.test() + " " + Figures.format(c.statistic()) + ")").toList();
        double share = features.isEmpty() ? 0 : (double) drifted.size() / features.size();
        b.evidence(Evidence.number("share of features drifted, " + pair, share, "per-column tests (KS, z, "
                + "chi-square) judged on p-value and effect beyond the reference's chunks, " + r.dataset().correction().key() + " correction, over " + features.size()
                + " features", r.columns().isEmpty() ? 0 : r.columns().get(0).nCurrent(), p.current()));
        boolean trainToHeldOut = p.reference().equals("train")
                && (p.current().equals("test") || p.current().equals("validation"));
        if (!drifted.isEmpty()) {
            String list = String.join(", ", drifted.subList(0, Math.min(8, drifted.size())))
                    + (drifted.size() > 8 ? ", and " + (drifted.size() - 8) + " more" : "");
            j.raise(trainToHeldOut && share > maxShare ? Status.FAIL : Status.WARN, drifted.size() + " of "
                    + features.size() + " features differ between " + p.reference() + " and " + p.current() + ": "
                    + list);
        }
        for (ColumnDrift label : r.ofRole(ColumnRole.LABEL)) {
            b.evidence(Evidence.number("label drift statistic, " + pair, label.statistic(), label.test()
                    + (Double.isNaN(label.pValue()) ? "" : ", p = " + Figures.format(label.pValue())), label.nCurrent(),
                    p.current()));
            if (label.drift()) {
                j.raise(trainToHeldOut ? Status.FAIL : Status.WARN, "the label distribution differs between "
                        + p.reference() + " and " + p.current() + " (" + label.test() + " " + Figures.format(
                        label.statistic()) + ")");
            }
        }
        List<String> outputs = r.ofRole(ColumnRole.PREDICTION).stream().filter(ColumnDrift::drift)
                .map(ColumnDrift::name).toList();
        if (!outputs.isEmpty()) {
            j.raise(Status.WARN, "the model's outputs (" + String.join(", ", outputs) + ") are distributed "
                    + "differently in " + p.current() + " than in " + p.reference());
        }
        multivariate(b, j, pair, r.multivariate());
        r.notes().forEach(n -> b.finding(pair + ": " + n));
    }

    private static void multivariate(CheckResult.Builder b, Judgement j, String pair, MultivariateDrift m) {
        if (m == null) {
            return;
        }
        DomainClassifierResult d = m.domainClassifier();
        if (d != null) {
            String leans = d.topFeatures().isEmpty() ? "" : "; it leans on " + String.join(", ", d.topFeatures()
                    .stream().limit(3).map(f -> f.name() + " (" + Figures.percent(f.importance()) + ")").toList());
            b.evidence(Evidence.number("domain classifier ROC AUC, " + pair, d.auc(), d.folds() + "-fold "
                    + "cross-validated boosted stumps telling the two apart (0.5 = indistinguishable), Hanley-McNeil "
                    + "interval" + leans, (long) d.referenceRows() + d.currentRows(), null)
                    .withInterval(d.aucLow(), d.aucHigh()));
            if (d.drift()) {
                j.raise(Status.WARN, "a classifier tells " + pair.replace(" vs ", " from ") + " rows apart (ROC AUC "
                        + Figures.format(d.auc()) + ")" + leans);
            }
        }
        var pca = m.reconstruction();
        if (pca != null) {
            b.evidence(new Evidence("PCA reconstruction error, " + pair, pca.currentError(), null,
                    pca.components() + " components of " + pca.features() + " numeric features ("
                            + Figures.percent(pca.varianceExplained()) + " of the variance); reference "
                            + Figures.format(pca.referenceError()) + ", expected range "
                            + Figures.format(pca.lowerThreshold()) + " to " + Figures.format(pca.upperThreshold()),
                    null, pair.substring(pair.indexOf(" vs ") + 4), null, null));
            if (pca.drift()) {
                j.raise(Status.WARN, "the relations between features differ between " + pair.replace(" vs ", " and ")
                        + ": the PCA reconstruction error is " + Figures.format(pca.currentError()) + ", outside "
                        + Figures.format(pca.lowerThreshold()) + " to " + Figures.format(pca.upperThreshold()));
            }
        }
    }
}
