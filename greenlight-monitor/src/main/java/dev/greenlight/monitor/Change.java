package dev.greenlight.monitor;

import java.util.Locale;

/**
 * A change found in one series of per-chunk figures.
 *
 * @param series  the series, e.g. {@code realized.roc_auc}, {@code drift.AGEP}, {@code quality.AGEP.missing}
 * @param shape   a sudden step or a slow trend
 * @param period  the period of the first chunk after the change (step) or where the trend starts
 * @param chunk   that chunk's index
 * @param before  mean of the series before the change
 * @param after   mean after it
 * @param shift   {@code after - before} for a step; for a trend, the fitted rise over the whole series
 * @param pValue  permutation p-value of the change-point statistic
 * @param message one sentence for people
 */
public record Change(String series, Shape shape, Period period, int chunk, double before, double after, double shift,
                     double pValue, String message) {

    public enum Shape {
        STEP, TREND;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
