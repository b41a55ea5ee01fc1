package dev.greenlight.drift;

import dev.greenlight.stats.CramerVonMises;
import dev.greenlight.stats.CramerVonMisesResult;

import java.util.Set;

/** {@code cvm}: two-sample Cramér-von Mises test, scipy's {@code cramervonmises_2samp(ref, cur, method='auto')}. */
final class CramerVonMisesTest extends DefinedTest {
    CramerVonMisesTest() {
        super("cvm", "two-sample Cramér-von Mises test (scipy cramervonmises_2samp, method auto)",
                Set.of(ColumnKind.NUMERIC), Decision.P_VALUE_BELOW, 0.05, false, true);
    }

    @Override
    public TestOutcome run(ColumnPair pair, TestParameters parameters) {
        CramerVonMisesResult r = CramerVonMises.twoSample(pair.reference().sorted(), pair.current().sorted(),
                parameters.method());
        return new TestOutcome(r.statistic(), r.pValue(),
                Effects.normalisedWasserstein(pair.reference(), pair.current()), r.method().label());
    }
}
