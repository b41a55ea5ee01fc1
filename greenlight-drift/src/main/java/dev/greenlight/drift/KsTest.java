package dev.greenlight.drift;

import dev.greenlight.stats.Alternative;
import dev.greenlight.stats.KolmogorovDistribution;
import dev.greenlight.stats.KolmogorovSmirnov;
import dev.greenlight.stats.KsResult;

import java.util.Set;

/**
 * {@code ks}: two-sample Kolmogorov-Smirnov test, scipy's {@code ks_2samp(ref, cur, method='auto')} on raw values
 * (exact p-value when both samples have at most 10,000 values, asymptotic otherwise). On profiles: the statistic
 * from the two KLL sketches ({@link SketchKs}), and the asymptotic p-value of the smallest statistic the sketches
 * allow ({@code D - e}, e the sum of their rank errors). The sketch's error would otherwise swamp the sampling
 * noise on large samples and flag unchanged columns; this way a p-value from profiles is never smaller than the
 * exact one (a conservative test).
 */
final class KsTest extends DefinedTest {
    KsTest() {
        super("ks", "two-sample Kolmogorov-Smirnov test (scipy ks_2samp, method auto)",
                Set.of(ColumnKind.NUMERIC), Decision.P_VALUE_BELOW, 0.05, false, false);
    }

    @Override
    public TestOutcome run(ColumnPair pair, TestParameters parameters) {
        double effect = Effects.normalisedWasserstein(pair.reference(), pair.current());
        if (pair.exact()) {
            KsResult r = KolmogorovSmirnov.twoSample(pair.reference().sorted(), pair.current().sorted(),
                    Alternative.TWO_SIDED, parameters.method());
            return new TestOutcome(r.statistic(), r.pValue(), effect, r.method().label());
        }
        double d = SketchKs.statistic(pair.reference().weightedValues(), pair.current().weightedValues());
        double n1 = pair.referenceSize();
        double n2 = pair.currentSize();
        int en = (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.rint(n1 * n2 / (n1 + n2))));
        double lowest = Math.max(0, d - pair.approximationError());
        return new TestOutcome(d, KolmogorovDistribution.sf(lowest, en), effect, "sketch, asymptotic, conservative");
    }
}
