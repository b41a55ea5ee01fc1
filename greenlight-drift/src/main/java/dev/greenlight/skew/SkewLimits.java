package dev.greenlight.skew;

import java.util.List;

/**
 * When skew is too much: a feature is skewed when the share of its records that differ is above
 * {@code maxDifferingShare}. The default 0 holds that one pipeline must reproduce the other exactly (within the
 * tolerance); a team that knows of harmless differences (a rounding step) raises it.
 */
public record SkewLimits(double maxDifferingShare) {
    public static final SkewLimits EXACT = new SkewLimits(0.0);

    public SkewLimits {
        if (!(maxDifferingShare >= 0 && maxDifferingShare <= 1)) {
            throw new IllegalArgumentException("the largest share of differing records must be between 0 and 1, got "
                    + maxDifferingShare);
        }
    }

    public boolean skewed(FeatureSkew f) {
        return f.differingShare() > maxDifferingShare;
    }

    /** The skewed features, in the report's rank order. */
    public List<FeatureSkew> skewed(SkewReport report) {
        return report.features().stream().filter(this::skewed).toList();
    }
}
