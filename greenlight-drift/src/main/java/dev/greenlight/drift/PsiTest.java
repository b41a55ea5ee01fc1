package dev.greenlight.drift;

import dev.greenlight.stats.PopulationStabilityIndex;

import java.util.Set;

/**
 * {@code psi}: population stability index over the reference's quantile bins (deciles by default,
 * {@link ReferenceBins}) or over the categories, with empty shares replaced by 1e-4; drift at 0.1 and above (the
 * customary "moderate shift" level, Evidently's default).
 */
final class PsiTest extends DefinedTest {
    PsiTest() {
        super("psi", "population stability index (reference decile bins, or categories)",
                Set.of(ColumnKind.NUMERIC, ColumnKind.CATEGORICAL), Decision.STATISTIC_AT_LEAST, 0.1, false, false);
    }

    @Override
    public TestOutcome run(ColumnPair pair, TestParameters parameters) {
        long[][] counts = ReferenceBins.countsOf(pair, parameters.bins());
        double psi = PopulationStabilityIndex.fromCounts(counts[0], counts[1]).psi();
        return new TestOutcome(psi, Double.NaN, psi, pair.exact() ? "exact" : "sketch");
    }
}
