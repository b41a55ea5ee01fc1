package dev.greenlight.drift;

import java.util.Set;

/**
 * {@code wasserstein}: first Wasserstein distance divided by the reference standard deviation (scipy's
 * {@code wasserstein_distance(ref, cur) / numpy.std(ref)}); drift at 0.1 and above (Evidently's default). On
 * profiles it is the distance between the two sketches' weighted samples.
 */
final class WassersteinTest extends DefinedTest {
    WassersteinTest() {
        super("wasserstein", "Wasserstein distance / reference standard deviation",
                Set.of(ColumnKind.NUMERIC), Decision.STATISTIC_AT_LEAST, 0.1, false, false);
    }

    @Override
    public TestOutcome run(ColumnPair pair, TestParameters parameters) {
        double w = Effects.normalisedWasserstein(pair.reference(), pair.current());
        return new TestOutcome(w, Double.NaN, w, pair.exact() ? "exact" : "sketch");
    }
}
