package dev.greenlight.drift;

import dev.greenlight.stats.ChiSquareContingency;
import dev.greenlight.stats.ChiSquareResult;

import java.util.Set;

/**
 * {@code chi2}: chi-square test of the 2 x k table of reference and current counts, scipy's
 * {@code chi2_contingency(table)} with its default continuity correction (Yates, on 2 x 2 tables only). A single
 * category in both gives statistic 0 and p-value 1.
 */
final class ChiSquareTest extends DefinedTest {
    ChiSquareTest() {
        super("chi2", "chi-square test of the 2 x k count table (scipy chi2_contingency)",
                Set.of(ColumnKind.CATEGORICAL), Decision.P_VALUE_BELOW, 0.05, false, false);
    }

    @Override
    public TestOutcome run(ColumnPair pair, TestParameters parameters) {
        ChiSquareResult r = ChiSquareContingency.test(pair.counts().table(), parameters.yates(), parameters.lambda());
        return new TestOutcome(r.statistic(), r.pValue(), Effects.totalVariation(pair.counts()),
                r.yatesCorrected() ? "asymptotic, Yates-corrected" : "asymptotic");
    }
}
