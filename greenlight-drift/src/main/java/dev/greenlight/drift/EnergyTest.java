package dev.greenlight.drift;

import dev.greenlight.stats.EnergyDistance;

import java.util.Set;

/**
 * {@code energy}: energy distance divided by the reference standard deviation (scipy's
 * {@code energy_distance(ref, cur) / numpy.std(ref)}), so that one threshold reads the same on every column, as
 * for {@code wasserstein}; drift at 0.1 and above. Evidently's {@code energy_distance} is the raw distance, in the
 * column's units. Infinite when the reference is constant and the current is not.
 */
final class EnergyTest extends DefinedTest {
    EnergyTest() {
        super("energy", "energy distance / reference standard deviation (scipy energy_distance)",
                Set.of(ColumnKind.NUMERIC), Decision.STATISTIC_AT_LEAST, 0.1, false, true);
    }

    @Override
    public TestOutcome run(ColumnPair pair, TestParameters parameters) {
        double e = EnergyDistance.distance(pair.reference().sorted(), pair.current().sorted());
        double sd = pair.reference().standardDeviation();
        double normalised = sd > 0 ? e / sd : (e == 0 ? 0 : Double.POSITIVE_INFINITY);
        return new TestOutcome(normalised, Double.NaN, normalised, "exact");
    }
}
