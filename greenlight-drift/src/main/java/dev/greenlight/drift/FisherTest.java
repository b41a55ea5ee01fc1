package dev.greenlight.drift;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.stats.FisherExact;
import dev.greenlight.stats.FisherExactResult;

import java.util.Set;

/**
 * {@code fisher}: Fisher's exact test of the 2 x 2 table of reference and current counts of a column with at most
 * two categories (scipy's {@code fisher_exact(table)}, two-sided); statistic the odds ratio, effect size the total
 * variation distance. Exact at any size, where the z-test and chi-square are asymptotic: the test to name for a
 * rare binary flag. A single category in both gives p-value 1.
 */
final class FisherTest extends DefinedTest {
    FisherTest() {
        super("fisher", "Fisher's exact test of the 2 x 2 count table (scipy fisher_exact)",
                Set.of(ColumnKind.CATEGORICAL), Decision.P_VALUE_BELOW, 0.05, true, false);
    }

    @Override
    public TestOutcome run(ColumnPair pair, TestParameters parameters) {
        CategoryCounts counts = pair.counts();
        if (counts.size() > 2) {
            throw new InvalidDataException("Fisher's exact test needs at most 2 categories; column '"
                    + pair.name() + "' has " + counts.size());
        }
        long[] r = counts.reference();
        long[] c = counts.current();
        long[][] table = counts.size() == 2 ? new long[][] {{r[0], r[1]}, {c[0], c[1]}}
                : new long[][] {{r[0], 0}, {c[0], 0}};
        FisherExactResult f = FisherExact.test(table);
        return new TestOutcome(f.oddsRatio(), f.pValue(), Effects.totalVariation(counts), "exact");
    }
}
