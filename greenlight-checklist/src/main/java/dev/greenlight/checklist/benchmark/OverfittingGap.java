package dev.greenlight.checklist.benchmark;

import dev.greenlight.metrics.ConfidenceInterval;
import dev.greenlight.metrics.Direction;
import dev.greenlight.metrics.MetricValue;

/**
 * How much better the model does on train than on test, relative to train: {@code (train - test) / |train|},
 * signed so that positive means train is better, with a 95% interval. Train and test are independent samples, so
 * the difference's standard error is the root of the sum of the two squared standard errors, each read from its
 * metric's own 95% interval (half-width / 1.96, a normal approximation).
 *
 * @param relative the gap relative to train
 * @param low      lower end of its 95% interval, NaN when either metric has no interval
 * @param high     upper end, likewise
 */
record OverfittingGap(double relative, double low, double high) {
    private static final double Z = 1.959963984540054;

    static OverfittingGap of(Direction direction, MetricValue train, MetricValue test, ConfidenceInterval trainCi,
                             ConfidenceInterval testCi) {
        double gap = direction.improvement(train.value(), test.value());
        double scale = train.value() == 0 ? 1 : Math.abs(train.value());
        if (!trainCi.isDefined() || !testCi.isDefined()) {
            return new OverfittingGap(gap / scale, Double.NaN, Double.NaN);
        }
        double seTrain = (trainCi.high() - trainCi.low()) / (2 * Z);
        double seTest = (testCi.high() - testCi.low()) / (2 * Z);
        double se = Math.sqrt(seTrain * seTrain + seTest * seTest);
        return new OverfittingGap(gap / scale, (gap - Z * se) / scale, (gap + Z * se) / scale);
    }

    boolean hasInterval() {
        return !Double.isNaN(low);
    }
}
