package dev.greenlight.report.skew;

import dev.greenlight.skew.FeatureSkew;
import dev.greenlight.skew.SkewLimits;
import dev.greenlight.skew.SkewReport;
import dev.greenlight.skew.ValueMapping;
import dev.greenlight.text.Figures;

import java.util.List;

/** A {@link SkewReport}, judged by {@link SkewLimits}, as a table for people. */
public final class SkewText {
    /** Value mappings shown per categorical feature. */
    static final int MAPPINGS_SHOWN = 5;

    private SkewText() {
    }

    public static String render(SkewReport r, SkewLimits limits) {
        String nl = System.lineSeparator();
        StringBuilder sb = new StringBuilder();
        sb.append(r.matched()).append(" records in both ").append(r.training()).append(" and ").append(r.serving())
                .append(" (by '").append(r.options().id()).append("'); ").append(r.trainingOnly())
                .append(" only in training, ").append(r.servingOnly()).append(" only in serving").append(nl);
        List<FeatureSkew> skewed = limits.skewed(r);
        sb.append(skewed.isEmpty() ? "No feature differs" : skewed.size() + " of " + r.features().size()
                + " features differ").append(" beyond tolerance ").append(Figures.format(r.options().tolerance()))
                .append(" on more than ").append(Figures.format(limits.maxDifferingShare() * 100))
                .append("% of records").append(skewed.isEmpty() ? "." : ": " + String.join(", ",
                        skewed.stream().map(FeatureSkew::feature).toList())).append(nl).append(nl);
        sb.append(String.format("%-20s  %-11s  %9s  %9s  %-11s  %-11s  %s%n", "feature", "kind", "differing",
                "one-side", "max |diff|", "mean |diff|", "distance"));
        for (FeatureSkew f : r.features()) {
            sb.append(String.format("%-20s  %-11s  %9s  %9s  %-11s  %-11s  %s%s%n", f.feature(), f.kind(),
                    percent(f.differingShare()), percent(f.missingOneSideShare()), number(f.maxAbsDifference()),
                    number(f.meanAbsDifference()), f.distance().test() + " " + number(f.distance().statistic()),
                    limits.skewed(f) ? "  SKEW" : ""));
            int shown = 0;
            for (ValueMapping m : f.mappings()) {
                if (shown++ == MAPPINGS_SHOWN) {
                    sb.append("      ... ").append(f.mappings().size() - MAPPINGS_SHOWN).append(" more mappings")
                            .append(nl);
                    break;
                }
                sb.append("      ").append(show(m.training())).append(" -> ").append(show(m.serving()))
                        .append("  (").append(m.count()).append(" records)").append(nl);
            }
        }
        if (!r.trainingOnlyColumns().isEmpty()) {
            sb.append(nl).append("Only in training: ").append(String.join(", ", r.trainingOnlyColumns())).append(nl);
        }
        if (!r.servingOnlyColumns().isEmpty()) {
            sb.append(nl).append("Only in serving: ").append(String.join(", ", r.servingOnlyColumns())).append(nl);
        }
        return sb.toString();
    }

    private static String percent(double share) {
        return Figures.format(share * 100) + "%";
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "-" : Figures.format(v);
    }

    private static String show(String v) {
        return v == null ? "(missing)" : "'" + v + "'";
    }
}
