package dev.greenlight.checklist.distribution;

/**
 * The two-sample comparison of one column between a reference and a current dataset.
 *
 * @param column     the column
 * @param type       numeric, categorical, boolean
 * @param test       the test that produced the p-value, or null when the column was not tested
 * @param statistic  the test statistic, NaN when not tested
 * @param pValue     the raw p-value, NaN when not tested
 * @param effectName what the effect size is
 * @param effectSize the effect size, NaN when not computed
 * @param nReference present values in the reference
 * @param nCurrent   present values in the current data
 * @param skipped    why the column was not tested, or null
 */
record ColumnComparison(String column, String type, String test, double statistic, double pValue,
                        String effectName, double effectSize, int nReference, int nCurrent, String skipped) {

    static ColumnComparison skipped(String column, String type, int nReference, int nCurrent, String why) {
        return new ColumnComparison(column, type, null, Double.NaN, Double.NaN, null, Double.NaN, nReference,
                nCurrent, why);
    }

    boolean tested() {
        return skipped == null;
    }
}
