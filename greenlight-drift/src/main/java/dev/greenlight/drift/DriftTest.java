package dev.greenlight.drift;

import java.util.Set;

/**
 * A two-sample drift test or distance, registered by name in {@link DriftTests}. It computes; the
 * {@link DriftEngine} decides, by the rule {@link #decision()} and a threshold.
 */
public interface DriftTest {
    /** The registry name ({@code ks}, {@code chi2}, ...). */
    String name();

    /** One line for help texts and docs. */
    String description();

    /** The column kinds it accepts. */
    Set<ColumnKind> accepts();

    /** Whether it needs a categorical column with at most two categories (the z-test). */
    default boolean binaryOnly() {
        return false;
    }

    /** Whether it needs the raw values (true) or also works on profiles' sketches (false). */
    default boolean needsRawValues() {
        return false;
    }

    /** How a result is judged against the threshold. */
    Decision decision();

    /** The threshold used when none is given. */
    double defaultThreshold();

    /** Runs the test. */
    TestOutcome run(ColumnPair pair, TestParameters parameters);

    /** How a result is compared with its threshold. */
    enum Decision {
        /** Drift when the (corrected) p-value is below the threshold. */
        P_VALUE_BELOW,
        /** Drift when the statistic (a distance) is at or above the threshold. */
        STATISTIC_AT_LEAST
    }
}
