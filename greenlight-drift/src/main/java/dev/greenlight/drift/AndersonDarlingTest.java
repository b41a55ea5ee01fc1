package dev.greenlight.drift;

import dev.greenlight.stats.AndersonDarling;
import dev.greenlight.stats.AndersonDarlingResult;

import java.util.Set;

/**
 * {@code anderson}: k-sample Anderson-Darling test on the two samples, scipy's {@code anderson_ksamp([ref, cur])}
 * (midrank). Its p-value is capped to [0.001, 0.25] as scipy's.
 */
final class AndersonDarlingTest extends DefinedTest {
    AndersonDarlingTest() {
        super("anderson", "Anderson-Darling k-sample test (scipy anderson_ksamp; p-value capped to [0.001, 0.25])",
                Set.of(ColumnKind.NUMERIC), Decision.P_VALUE_BELOW, 0.05, false, true);
    }

    @Override
    public TestOutcome run(ColumnPair pair, TestParameters parameters) {
        AndersonDarlingResult r = AndersonDarling.kSample(true, pair.reference().sorted(), pair.current().sorted());
        return new TestOutcome(r.statistic(), r.pValue(),
                Effects.normalisedWasserstein(pair.reference(), pair.current()),
                r.pValueCapped() ? "interpolated, capped" : "interpolated");
    }
}
