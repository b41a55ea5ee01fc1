package dev.greenlight.diagnose;

import java.util.Locale;

/**
 * The reasons a deployed model does worse than its test set promised, as the production-readiness checklist names
 * them: the data changed (the inputs' distribution, {@link #COVARIATE_SHIFT}, or the relation between inputs and
 * label, {@link #CONCEPT_SHIFT}), the serving pipeline computes features differently ({@link #FEATURE_SKEW}), or
 * the production measure is not the test measure ({@link #INCONSISTENT_MEASURE}).
 */
public enum Cause {
    COVARIATE_SHIFT,
    CONCEPT_SHIFT,
    FEATURE_SKEW,
    INCONSISTENT_MEASURE;

    /** The name in reports and JSON: {@code covariate_shift}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
