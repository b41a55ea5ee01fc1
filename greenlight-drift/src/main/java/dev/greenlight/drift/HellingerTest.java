package dev.greenlight.drift;

import dev.greenlight.stats.DiscreteDistances;

import java.util.Set;

/**
 * {@code hellinger}: Hellinger distance ({@link DiscreteDistances#hellinger}, in [0, 1]) between the reference and
 * current shares of the categories, or of the reference's quantile bins for numbers (the bins of {@code psi} and
 * {@code js}, {@link ReferenceBins}); drift at 0.1 and above (Evidently's default). Evidently bins numbers
 * differently (Sturges bins over both samples), so its value on a numeric column differs.
 */
final class HellingerTest extends DefinedTest {
    HellingerTest() {
        super("hellinger", "Hellinger distance (reference decile bins for numbers)",
                Set.of(ColumnKind.NUMERIC, ColumnKind.CATEGORICAL), Decision.STATISTIC_AT_LEAST, 0.1, false, false);
    }

    @Override
    public TestOutcome run(ColumnPair pair, TestParameters parameters) {
        double[][] shares = Bins.shares(pair, parameters);
        double h = DiscreteDistances.hellinger(shares[0], shares[1]);
        return new TestOutcome(h, Double.NaN, h, pair.exact() ? "exact" : "sketch");
    }

    /** The binned counts as doubles, the input of the discrete distances. */
    static final class Bins {
        private Bins() {
        }

        static double[][] shares(ColumnPair pair, TestParameters parameters) {
            long[][] counts = ReferenceBins.countsOf(pair, parameters.bins());
            double[][] out = new double[2][counts[0].length];
            for (int s = 0; s < 2; s++) {
                for (int i = 0; i < counts[s].length; i++) {
                    out[s][i] = counts[s][i];
                }
            }
            return out;
        }
    }
}
