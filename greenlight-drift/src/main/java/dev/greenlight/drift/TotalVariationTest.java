package dev.greenlight.drift;

import dev.greenlight.stats.DiscreteDistances;

import java.util.Set;

/**
 * {@code tvd}: total variation distance ({@link DiscreteDistances#totalVariation}, in [0, 1]) between the
 * reference and current shares of the categories, or of the reference's quantile bins for numbers; drift at 0.1
 * and above. It is the effect size the default decision uses for categories. Evidently's {@code TVD} is a
 * permutation test judged on its p-value; this one is the distance itself.
 */
final class TotalVariationTest extends DefinedTest {
    TotalVariationTest() {
        super("tvd", "total variation distance (reference decile bins for numbers)",
                Set.of(ColumnKind.NUMERIC, ColumnKind.CATEGORICAL), Decision.STATISTIC_AT_LEAST, 0.1, false, false);
    }

    @Override
    public TestOutcome run(ColumnPair pair, TestParameters parameters) {
        double[][] shares = HellingerTest.Bins.shares(pair, parameters);
        double tv = DiscreteDistances.totalVariation(shares[0], shares[1]);
        return new TestOutcome(tv, Double.NaN, tv, pair.exact() ? "exact" : "sketch");
    }
}
