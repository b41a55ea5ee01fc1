package dev.greenlight.drift;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.stats.ProportionTestResult;
import dev.greenlight.stats.TwoProportionZTest;

import java.util.Set;

/**
 * {@code z}: two-proportion z-test for a column of at most two categories (pooled variance, statsmodels'
 * {@code proportions_ztest}); the proportion compared is that of the last category in sorted order ({@code 1} of
 * 0/1, {@code true} of false/true). When one category is all there is in both datasets, z and p are undefined
 * (reported as null) and there is no drift.
 */
final class ProportionZTest extends DefinedTest {
    ProportionZTest() {
        super("z", "two-proportion z-test for binary columns",
                Set.of(ColumnKind.CATEGORICAL), Decision.P_VALUE_BELOW, 0.05, true, false);
    }

    @Override
    public TestOutcome run(ColumnPair pair, TestParameters parameters) {
        CategoryCounts counts = pair.counts();
        if (counts.size() > 2) {
            throw new InvalidDataException("the z-test needs at most 2 categories; column '" + pair.name()
                    + "' has " + counts.size());
        }
        int last = counts.size() - 1;
        ProportionTestResult r = TwoProportionZTest.fromCounts(counts.reference()[last], counts.referenceTotal(),
                counts.current()[last], counts.currentTotal());
        return new TestOutcome(r.statistic(), r.pValue(), Effects.totalVariation(counts), "asymptotic");
    }
}
