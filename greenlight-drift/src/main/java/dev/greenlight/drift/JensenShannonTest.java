package dev.greenlight.drift;

import dev.greenlight.stats.JensenShannon;

import java.util.Set;

/**
 * {@code js}: Jensen-Shannon distance (scipy's {@code jensenshannon}, natural logarithm) between the reference and
 * current shares of the categories, or of the reference's quantile bins for numbers; drift at 0.1 and above
 * (Evidently's default).
 */
final class JensenShannonTest extends DefinedTest {
    JensenShannonTest() {
        super("js", "Jensen-Shannon distance (natural log; reference decile bins for numbers)",
                Set.of(ColumnKind.NUMERIC, ColumnKind.CATEGORICAL), Decision.STATISTIC_AT_LEAST, 0.1, false, false);
    }

    @Override
    public TestOutcome run(ColumnPair pair, TestParameters parameters) {
        long[][] counts = ReferenceBins.countsOf(pair, parameters.bins());
        double js = JensenShannon.distance(toDoubles(counts[0]), toDoubles(counts[1]));
        return new TestOutcome(js, Double.NaN, js, pair.exact() ? "exact" : "sketch");
    }

    private static double[] toDoubles(long[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i];
        }
        return out;
    }
}
