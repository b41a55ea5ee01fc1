package dev.greenlight.checklist.distribution;

import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.Condition;
import dev.greenlight.checklist.ConditionResult;
import dev.greenlight.checklist.Measurements;
import dev.greenlight.checklist.ChecklistItem;
import dev.greenlight.checklist.ItemCheck;
import dev.greenlight.checklist.Status;
import dev.greenlight.checklist.data.PreparedDataset;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.checklist.evidence.Threshold;
import dev.greenlight.drift.integrity.IntegrityFinding;
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
public final class DataDistributionCheck extends ItemCheck<DataDistributionCheck.Measured> {

    public DataDistributionCheck() {
        super(ChecklistItem.DATA_DISTRIBUTION);
    }

    /** A pair of datasets compared, with how a finding in it counts. */
    record Pair(String reference, String current, boolean multivariate) {
        String name() {
            return reference + " vs " + current;
        }

        /** train against test or validation: held-out data that must come from train's distribution. */
        boolean trainToHeldOut() {
            return reference.equals("train") && (current.equals("test") || current.equals("validation"));
        }

        String id() {
            return reference + "_" + current;
        }
    }

    private static final List<Pair> PAIRS = List.of(new Pair("train", "test", true),
            new Pair("train", "validation", false), new Pair("test", "validation", false),
            new Pair("train", "production", true));

    /** One pair's comparison by the drift engine. */
    record PairDrift(Pair pair, DriftReport report) {
        List<ColumnDrift> features() {
            return report.ofRole(ColumnRole.FEATURE);
        }

        List<ColumnDrift> driftedFeatures() {
            return features().stream().filter(ColumnDrift::drift).toList();
        }

        double share() {
            return features().isEmpty() ? 0 : (double) driftedFeatures().size() / features().size();
        }
    }

    /**
     * What the item measured.
     *
     * @param pairs   each pair of datasets compared
     * @param windows drift over time, per dataset compared with train by window
     * @param leakage target leakage found in train
     */
    record Measured(List<PairDrift> pairs, List<WindowAnalysis.RoleWindows> windows, List<IntegrityFinding> leakage) {
    }

    @Override
    protected Measured measure(CheckContext ctx, Measurements out) {
        DriftOptions options = options(ctx);
        List<PairDrift> pairs = new ArrayList<>();
        for (Pair p : PAIRS) {
            var ref = ctx.data().dataset(p.reference());
            var cur = ctx.data().dataset(p.current());
            if (ref.isEmpty() || cur.isEmpty()) {
                continue;
            }
            DriftOptions pairOptions = comparable(options, ref.get(), cur.get(), p, out, ctx.config().target());
            DriftReport report;
            try {
                report = DriftEngine.compare(DriftInput.of(ref.get().table(), p.reference()),
                        DriftInput.of(cur.get().table(), p.current()), pairOptions.withMultivariate(p.multivariate()));
            } catch (GreenlightException e) {
                out.notRun(p.name() + ": not compared (" + e.getMessage() + ")");
                continue;
            }
            record(out, p, report);
            if (p.current().equals("test")) {
                DistributionCharts.features(out, ref.get().table(), cur.get().table(), report);
            }
            pairs.add(new PairDrift(p, report));
        }
        return new Measured(pairs, WindowAnalysis.measure(ctx, out, options), IntegrityAnalysis.measure(ctx, out));
    }

    /**
     * The options for one pair, without the columns that cannot be compared, so that the rest still are: a column
     * with no value in either dataset, each recorded as a comparison that did not run; and the target of a
     * production dataset that has none (production is usually unlabelled: its features and outputs are compared,
     * its label drift is not, as a finding says).
     */
    private static DriftOptions comparable(DriftOptions options, PreparedDataset ref, PreparedDataset cur, Pair p,
                                           Measurements out, String target) {
        List<String> kept = new ArrayList<>();
        for (String c : options.columns()) {
            boolean inRef = ref.table().has(c);
            boolean inCur = cur.table().has(c);
            if (!inRef || !inCur) {
                if (c.equals(target) && p.current().equals("production") && inRef) {
                    out.finding(p.name() + ": the production data has no '" + c + "' column, so its features and "
                            + "outputs are compared and its label distribution is not.");
                } else {
                    out.notRun(p.name() + ": column '" + c + "' not compared (not in " + (inRef ? p.current()
                            : p.reference()) + ")");
                }
                continue;
            }
            String emptyIn = empty(ref, c) ? p.reference() : empty(cur, c) ? p.current() : null;
            if (emptyIn == null) {
                kept.add(c);
            } else {
                out.notRun(p.name() + ": column '" + c + "' not compared (no value in " + emptyIn + ")");
            }
        }
        return kept.size() == options.columns().size() ? options : options.withColumns(kept);
    }

    private static boolean empty(PreparedDataset d, String column) {
        return d.table().find(column).map(c -> c.size() > 0 && c.missingCount() == c.size()).orElse(false);
    }

    @Override
    protected List<Condition<Measured>> conditions(CheckContext ctx) {
        double maxShare = ctx.settings().dataDistribution().maxDriftedShare();
        Threshold shareBar = Threshold.atMost(maxShare, ctx.settings().source("data_distribution.max_drifted_share"));
        return List.of(
                Condition.each("features-same-distribution", "no feature drifts between train and another dataset; "
                        + "more than " + Figures.percent(maxShare) + " of the features drifting between train and "
                        + "test or validation fails", m -> m.pairs().stream().map(pd -> features(pd, maxShare,
                        shareBar)).filter(java.util.Objects::nonNull).toList()),
                Condition.each("label-same-distribution", "the label is distributed alike in train, test and "
                        + "validation", m -> m.pairs().stream().flatMap(pd -> pd.report().ofRole(ColumnRole.LABEL)
                        .stream().filter(ColumnDrift::drift).map(l -> new ConditionResult("label-same-distribution",
                                pd.pair().trainToHeldOut() ? Status.FAIL : Status.WARN, "the label distribution "
                                + "differs between " + pd.pair().reference() + " and " + pd.pair().current() + " ("
                                + l.test() + " " + Figures.format(l.statistic()) + ")", Evidence.id("label_drift",
                                pd.pair().id()), null))).toList()),
                Condition.each("outputs-same-distribution", "the model's outputs are distributed alike", m ->
                        m.pairs().stream().map(DataDistributionCheck::outputs).filter(java.util.Objects::nonNull)
                                .toList()),
                Condition.each("not-told-apart", "no classifier tells train rows from another dataset's (domain "
                        + "classifier ROC AUC within its reference band), and the PCA reconstruction error stays in "
                        + "its range", m -> m.pairs().stream().flatMap(pd -> multivariate(pd).stream()).toList()),
                Condition.each("no-drift-over-time", "no window of test or production drifts from train", m ->
                        m.windows().stream().filter(w -> !w.driftedWindows().isEmpty()).map(w ->
                                ConditionResult.warn("no-drift-over-time", "the " + w.role() + " data drifts from "
                                        + "train in " + w.driftedWindows().size() + " of " + w.windows() + " "
                                        + w.plural() + " (from " + w.driftedWindows().get(0) + ")")).toList()),
                Condition.each("no-target-leakage", "no feature gives the target away", m -> m.leakage().stream()
                        .map(f -> ConditionResult.warn("no-target-leakage", f.message())).toList()));
    }

    private static ConditionResult features(PairDrift pd, double maxShare, Threshold shareBar) {
        List<ColumnDrift> drifted = pd.driftedFeatures();
        Pair p = pd.pair();
        String evidence = Evidence.id("drifted_share", p.id());
        if (drifted.isEmpty()) {
            return ConditionResult.pass("features-same-distribution", "no feature differs between " + p.name())
                    .on(evidence, p.trainToHeldOut() ? shareBar : null);
        }
        List<String> named = drifted.stream().map(c -> c.name() + " (" + c.test() + " " + Figures.format(
                c.statistic()) + ")").toList();
        String list = String.join(", ", named.subList(0, Math.min(8, named.size())))
                + (named.size() > 8 ? ", and " + (named.size() - 8) + " more" : "");
        Status status = p.trainToHeldOut() && pd.share() > maxShare ? Status.FAIL : Status.WARN;
        return new ConditionResult("features-same-distribution", status, drifted.size() + " of "
                + pd.features().size() + " features differ between " + p.reference() + " and " + p.current() + ": "
                + list, evidence, p.trainToHeldOut() ? shareBar : null);
    }

    private static ConditionResult outputs(PairDrift pd) {
        List<String> outputs = pd.report().ofRole(ColumnRole.PREDICTION).stream().filter(ColumnDrift::drift)
                .map(ColumnDrift::name).toList();
        return outputs.isEmpty() ? null : ConditionResult.warn("outputs-same-distribution", "the model's outputs ("
                + String.join(", ", outputs) + ") are distributed differently in " + pd.pair().current() + " than in "
                + pd.pair().reference());
    }

    private static List<ConditionResult> multivariate(PairDrift pd) {
        MultivariateDrift m = pd.report().multivariate();
        List<ConditionResult> out = new ArrayList<>();
        if (m == null) {
            return out;
        }
        String pair = pd.pair().name();
        DomainClassifierResult d = m.domainClassifier();
        if (d != null && d.drift()) {
            out.add(ConditionResult.warn("not-told-apart", "a classifier tells " + pair.replace(" vs ", " from ")
                    + " rows apart (ROC AUC " + Figures.format(d.auc()) + ")" + leans(d)).on(Evidence.id(
                    "domain_classifier_auc", pd.pair().id()), null));
        }
        var pca = m.reconstruction();
        if (pca != null && pca.drift()) {
            out.add(ConditionResult.warn("not-told-apart", "the relations between features differ between "
                    + pair.replace(" vs ", " and ") + ": the PCA reconstruction error is " + Figures.format(
                    pca.currentError()) + ", outside " + Figures.format(pca.lowerThreshold()) + " to "
                    + Figures.format(pca.upperThreshold())).on(Evidence.id("pca_reconstruction_error",
                    pd.pair().id()), null));
        }
        return out;
    }

    private static String leans(DomainClassifierResult d) {
        return d.topFeatures().isEmpty() ? "" : "; it leans on " + String.join(", ", d.topFeatures().stream()
                .limit(3).map(f -> f.name() + " (" + Figures.percent(f.importance()) + ")").toList());
    }

    @Override
    protected String passSummary(Measured m) {
        return "No feature, label or prediction distribution differs between train and the other datasets beyond "
                + "its threshold.";
    }

    @Override
    protected String recommendation(Measured m, Status status, List<ConditionResult> unmet) {
        return status == Status.FAIL ? "Train and test (or validation) should come from one distribution: check "
                + "how the split was made, and whether features are computed the same way in each dataset." : null;
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
                .withCorrection(correction(ctx.settings().dataDistribution().correction()));
        String test = ctx.settings().dataDistribution().test();
        if (test != null) {
            o = o.withTest(test);
        }
        if (ctx.settings().dataDistribution().threshold() != null) {
            o = o.withThreshold(ctx.settings().dataDistribution().threshold());
        }
        o = o.withMinimumEffect(ctx.settings().dataDistribution().minEffect());
        if (ctx.settings().dataDistribution().referenceThresholds()) {
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

    /** The pair's figures as evidence: the column table, the share of drifted features, label and multivariate. */
    private static void record(Measurements out, Pair p, DriftReport r) {
        String pair = p.name();
        out.table(DriftTables.columns(pair, r));
        List<ColumnDrift> features = r.ofRole(ColumnRole.FEATURE);
        double share = features.isEmpty() ? 0
                : (double) features.stream().filter(ColumnDrift::drift).count() / features.size();
        out.evidence(Evidence.number(Evidence.id("drifted_share", p.id()), "share of features drifted, " + pair,
                share, "per-column tests (KS, z, chi-square) judged on p-value and effect beyond the reference's "
                + "chunks, " + r.dataset().correction().key() + " correction, over " + features.size() + " features",
                r.columns().isEmpty() ? 0 : r.columns().get(0).nCurrent(), p.current()));
        for (ColumnDrift label : r.ofRole(ColumnRole.LABEL)) {
            out.evidence(Evidence.number(Evidence.id("label_drift", p.id()), "label drift statistic, " + pair,
                    label.statistic(), label.test() + (Double.isNaN(label.pValue()) ? "" : ", p = "
                    + Figures.format(label.pValue())), label.nCurrent(), p.current()));
        }
        MultivariateDrift m = r.multivariate();
        if (m != null) {
            DomainClassifierResult d = m.domainClassifier();
            if (d != null) {
                out.evidence(Evidence.number(Evidence.id("domain_classifier_auc", p.id()), "domain classifier ROC "
                        + "AUC, " + pair, d.auc(), d.folds() + "-fold cross-validated boosted stumps telling the two "
                        + "apart (0.5 = indistinguishable), Hanley-McNeil interval" + leans(d),
                        (long) d.referenceRows() + d.currentRows(), null).withInterval(d.aucLow(), d.aucHigh()));
            }
            var pca = m.reconstruction();
            if (pca != null) {
                out.evidence(new Evidence(Evidence.id("pca_reconstruction_error", p.id()), "PCA reconstruction "
                        + "error, " + pair, pca.currentError(), null, pca.components() + " components of "
                        + pca.features() + " numeric features (" + Figures.percent(pca.varianceExplained())
                        + " of the variance); reference " + Figures.format(pca.referenceError()) + ", expected range "
                        + Figures.format(pca.lowerThreshold()) + " to " + Figures.format(pca.upperThreshold()),
                        null, p.current(), null, null, null));
            }
        }
        r.notes().forEach(n -> out.finding(pair + ": " + n));
    }
}
