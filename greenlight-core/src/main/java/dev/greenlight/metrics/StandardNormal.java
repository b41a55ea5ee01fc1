package dev.greenlight.metrics;

import org.apache.commons.statistics.distribution.NormalDistribution;

/** The standard normal quantities the intervals and tests need. */
final class StandardNormal {
    private static final NormalDistribution N01 = NormalDistribution.of(0.0, 1.0);

    private StandardNormal() {
    }

    /** The two-sided critical value {@code z_(1 - (1 - level)/2)}, e.g. 1.959963984540054 for 0.95. */
    static double critical(double level) {
        return N01.inverseSurvivalProbability((1.0 - level) / 2.0);
    }

    /** Two-sided p-value of a z statistic, {@code 2 P(Z > |z|)}. */
    static double twoSidedP(double z) {
        return 2.0 * N01.survivalProbability(Math.abs(z));
    }
}
