package dev.greenlight.diagnose;

import dev.greenlight.error.InvalidConfigException;
import dev.greenlight.skew.FeatureSkew;
import dev.greenlight.skew.SkewAnalysis;
import dev.greenlight.skew.SkewLimits;
import dev.greenlight.skew.SkewOptions;
import dev.greenlight.skew.SkewReport;
import dev.greenlight.table.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.greenlight.diagnose.Diagnoser.fmt;

/**
 * Training/serving skew: the production records as the training pipeline computes their features (the production
 * file) against the same records as the serving pipeline computed them (the serving file), by id, with
 * {@link SkewAnalysis}. A feature is skewed when more than {@link DiagnoseOptions#skewMaxShare()} of the matched
 * records differ; the comparison can miss skew that touches fewer than about 3 of n matched records (the rule of
 * three: with none seen in n, the 95% upper bound of the share is 3/n), which is stated as its smallest detectable
 * share.
 */
final class SkewCause {
    private SkewCause() {
    }

    static CauseFinding test(DiagnoseInput input, DiagnoseOptions options) {
        if (input.serving() == null) {
            return CauseFinding.notTested(Cause.FEATURE_SKEW, "no serving file (--serving): the serving pipeline's "
                    + "features of the production records are needed to compare the two pipelines");
        }
        String id = input.columns().id();
        if (id == null) {
            throw new InvalidConfigException("comparing the serving features needs the id column that joins them "
                    + "(--id)");
        }
        List<String> features = comparable(input.production(), input.serving(), input.columns().id(),
                outputs(input));
        SkewReport report = SkewAnalysis.of(input.production(), "production", input.serving(), "serving",
                new SkewOptions(id, features, options.skewTolerance()));
        List<FeatureSkew> skewed = new SkewLimits(options.skewMaxShare()).skewed(report);
        double detectable = report.matched() == 0 ? Double.NaN
                : Math.max(options.skewMaxShare(), 3.0 / report.matched());
        List<String> evidence = new ArrayList<>();
        evidence.add(report.matched() + " production records matched in the serving file by '" + id + "'; "
                + features.size() + " features compared");
        if (report.matched() == 0) {
            evidence.add("no record is in both files, so nothing could be compared");
            return new CauseFinding(Cause.FEATURE_SKEW, null, Double.NaN, Double.NaN, Verdict.NOT_TESTED,
                    Double.NaN, evidence);
        }
        for (FeatureSkew f : skewed) {
            evidence.add(f.feature() + ": " + fmt(f.differingShare()) + " of records differ"
                    + (Double.isNaN(f.maxAbsDifference()) ? "" : ", max |difference| " + fmt(f.maxAbsDifference())
                    + ", mean " + fmt(f.meanAbsDifference()))
                    + (f.missingOneSide() > 0 ? ", " + f.missingOneSide() + " missing on one side only" : ""));
        }
        if (skewed.isEmpty()) {
            evidence.add("no feature differs in more than " + fmt(options.skewMaxShare()) + " of the records; skew in "
                    + fmt(detectable) + " of the records or more would have been seen");
        }
        return new CauseFinding(Cause.FEATURE_SKEW, null, Double.NaN, Double.NaN,
                skewed.isEmpty() ? Verdict.RULED_OUT : Verdict.LIKELY, detectable, evidence);
    }

    /** The model's outputs and the target are not features. */
    private static Set<String> outputs(DiagnoseInput input) {
        var c = input.columns();
        Set<String> out = new HashSet<>();
        for (String s : new String[] {c.target(), c.score(), c.prediction(), c.timestamp(), c.id()}) {
            if (s != null) {
                out.add(s);
            }
        }
        if (c.probaPrefix() != null) {
            input.production().columnNames().stream().filter(n -> n.startsWith(c.probaPrefix())).forEach(out::add);
        }
        return out;
    }

    private static List<String> comparable(Table production, Table serving, String id, Set<String> outputs) {
        List<String> features = input(production, outputs);
        features.retainAll(serving.columnNames());
        features.remove(id);
        return features;
    }

    private static List<String> input(Table t, Set<String> outputs) {
        List<String> names = new ArrayList<>(t.columnNames());
        names.removeAll(outputs);
        return names;
    }
}
