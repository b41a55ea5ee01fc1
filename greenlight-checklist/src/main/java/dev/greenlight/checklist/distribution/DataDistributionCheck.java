package dev.greenlight.checklist.distribution;

import dev.greenlight.checklist.ItemCheck;
import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.CheckResult;
import dev.greenlight.checklist.ChecklistItem;
import dev.greenlight.checklist.Status;
import dev.greenlight.checklist.data.PreparedDataset;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.checklist.evidence.EvidenceTable;
import dev.greenlight.stats.MultipleTesting;
import dev.greenlight.table.Column;
import dev.greenlight.table.Table;
import dev.greenlight.text.Figures;

import java.util.ArrayList;
import java.util.List;

/**
 * Item 5: do train, test, validation (and a production sample) come from one distribution? Each feature of each
 * dataset is compared with the training data by a two-sample test that fits its type ({@link ColumnComparer}); the
 * p-values of one comparison are corrected for the number of features (Benjamini–Hochberg by default); the label
 * distributions are compared too. Thresholds: {@code checks.data_distribution.alpha} (0.05), {@code correction}
 * and {@code max_drifted_share} (0.25, the share of drifted features from which the item fails).
 */
public final class DataDistributionCheck extends ItemCheck {
    static final double DEFAULT_ALPHA = 0.05;
    static final String DEFAULT_CORRECTION = "benjamini-hochberg";
    static final double DEFAULT_MAX_DRIFTED_SHARE = 0.25;

    public DataDistributionCheck() {
        super(ChecklistItem.DATA_DISTRIBUTION);
    }

    @Override
    public CheckResult run(CheckContext ctx) {
        CheckResult.Builder b = CheckResult.builder(info());
        double alpha = ctx.settings().number("data_distribution", "alpha", DEFAULT_ALPHA);
        String correction = ctx.settings().text("data_distribution", "correction", DEFAULT_CORRECTION);
        double maxShare = ctx.settings().number("data_distribution", "max_drifted_share", DEFAULT_MAX_DRIFTED_SHARE);
        PreparedDataset train = ctx.data().train();
        List<String> problems = new ArrayList<>();
        Status status = Status.PASS;
        for (PreparedDataset other : ctx.data().datasets().values()) {
            if (other.role().equals("train")) {
                continue;
            }
            List<ColumnComparison> features = compareFeatures(ctx, train.table(), other.table());
            double[] adjusted = adjust(features, correction);
            int tested = 0;
            List<String> drifted = new ArrayList<>();
            EvidenceTable.Builder t = EvidenceTable.builder("Features: train vs " + other.role(), "feature", "type",
                    "test", "statistic", "p-value", "adjusted p", "effect size", "drift", "n train",
                    "n " + other.role());
            for (int i = 0; i < features.size(); i++) {
                ColumnComparison c = features.get(i);
                if (!c.tested()) {
                    t.row(c.column(), c.type(), "not tested: " + c.skipped(), null, null, null, null, "-",
                            c.nReference(), c.nCurrent());
                    continue;
                }
                tested++;
                boolean drift = adjusted[i] < alpha;
                if (drift) {
                    drifted.add(c.column() + " (" + c.effectName() + " " + Figures.format(c.effectSize()) + ")");
                }
                t.row(c.column(), c.type(), c.test(), c.statistic(), c.pValue(), adjusted[i], c.effectSize(),
                        drift ? "yes" : "no", c.nReference(), c.nCurrent());
            }
            t.note("Numeric: two-sample Kolmogorov-Smirnov test (scipy ks_2samp, method auto), effect size = "
                    + "Wasserstein distance / train standard deviation. Categorical: chi-square test of the 2 x k "
                    + "count table (scipy chi2_contingency), effect size = Jensen-Shannon distance (base 2). "
                    + "p-values adjusted for " + tested + " features (" + correction + "); drift when adjusted p < "
                    + Figures.format(alpha) + ".");
            b.table(t.build());
            double share = tested == 0 ? 0 : (double) drifted.size() / tested;
            b.evidence(Evidence.number("share of features drifted, train vs " + other.role(), share,
                    correction + "-adjusted two-sample tests at alpha " + Figures.format(alpha) + " over " + tested
                            + " features", other.rows(), other.role()));
            if (!drifted.isEmpty()) {
                String list = String.join(", ", drifted.subList(0, Math.min(10, drifted.size())))
                        + (drifted.size() > 10 ? ", and " + (drifted.size() - 10) + " more" : "");
                problems.add(drifted.size() + " of " + tested + " features differ between train and " + other.role()
                        + ": " + list);
                boolean failing = other.role().equals("test") || other.role().equals("validation");
                status = worse(status, failing && share > maxShare ? Status.FAIL : Status.WARN);
            }
            if (other.role().equals("test")) {
                DistributionCharts.features(b, ctx, train.table(), other.table(), features);
            }
            Status label = compareLabels(ctx, b, train, other, alpha, problems);
            status = worse(status, label);
        }
        problems.forEach(b::finding);
        if (status == Status.PASS) {
            b.status(Status.PASS, "No feature or label distribution differs between train and the other datasets "
                    + "(corrected p >= " + Figures.format(alpha) + ").");
        } else {
            b.status(status, String.join("; ", problems.stream().map(p -> p.length() > 160 ? p.substring(0, 157)
                    + "..." : p).toList()) + ".");
            if (status == Status.FAIL) {
                b.recommendation("Train and test (or validation) should come from one distribution: check how the "
                        + "split was made, and whether features are computed the same way in each dataset.");
            }
        }
        return b.build();
    }

    private static List<ColumnComparison> compareFeatures(CheckContext ctx, Table ref, Table cur) {
        List<ColumnComparison> out = new ArrayList<>();
        for (String f : ctx.data().features().keySet()) {
            out.add(ColumnComparer.compare(f, ref.column(f), cur.column(f)));
        }
        return out;
    }

    /** Adjusted p-values of the tested columns (NaN for the others). */
    private static double[] adjust(List<ColumnComparison> features, String correction) {
        double[] raw = features.stream().filter(ColumnComparison::tested).mapToDouble(ColumnComparison::pValue)
                .toArray();
        double[] adj = switch (correction) {
            case "bonferroni" -> MultipleTesting.bonferroni(raw);
            case "none" -> raw.clone();
            default -> MultipleTesting.benjaminiHochberg(raw);
        };
        double[] out = new double[features.size()];
        int k = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = features.get(i).tested() ? adj[k++] : Double.NaN;
        }
        return out;
    }

    private static Status compareLabels(CheckContext ctx, CheckResult.Builder b, PreparedDataset train,
                                        PreparedDataset other, double alpha, List<String> problems) {
        String target = ctx.config().target();
        if (!other.table().has(target)) {
            return Status.PASS;
        }
        Column ref = train.table().column(target);
        Column cur = other.table().column(target);
        if (ctx.data().task().isClassification()) {
            ref = LabelColumns.asLabels(ref);
            cur = LabelColumns.asLabels(cur);
        }
        ColumnComparison c = ColumnComparer.compare(target, ref, cur);
        if (!c.tested()) {
            return Status.PASS;
        }
        b.evidence(Evidence.number("label distribution p-value, train vs " + other.role(), c.pValue(),
                c.test() + " on the target '" + target + "'", (long) c.nReference() + c.nCurrent(), other.role()));
        if (other.role().equals("test")) {
            DistributionCharts.label(b, ctx, ref, cur);
        }
        if (c.pValue() < alpha) {
            problems.add("the label distribution differs between train and " + other.role() + " (" + c.test()
                    + ", p = " + Figures.format(c.pValue()) + ", " + c.effectName() + " "
                    + Figures.format(c.effectSize()) + ")");
            return other.role().equals("production") ? Status.WARN : Status.FAIL;
        }
        return Status.PASS;
    }

    private static Status worse(Status a, Status b) {
        if (a == Status.FAIL || b == Status.FAIL) {
            return Status.FAIL;
        }
        return a == Status.WARN || b == Status.WARN ? Status.WARN : Status.PASS;
    }
}
