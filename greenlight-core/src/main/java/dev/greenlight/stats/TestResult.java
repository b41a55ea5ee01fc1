package dev.greenlight.stats;

/** What every hypothesis-test result offers: the statistic and its p-value, with no decision attached. */
public interface TestResult {
    /** The test statistic. */
    double statistic();

    /** The p-value in [0, 1]; {@code NaN} only where the test documents that it defines none. */
    double pValue();
}
