package dev.greenlight.baseline;

import dev.greenlight.error.InvalidDataException;

/** The mean of the latest {@code window} known values (fewer when fewer are known). */
final class MovingAverage extends ForecastBaseline {
    private final int window;

    /** @param window how many values to average, at least 1 */
    public MovingAverage(int window, ForecastOrigin origin) {
        super(origin);
        if (window < 1) {
            throw new InvalidDataException("moving-average window must be at least 1, got " + window);
        }
        this.window = window;
    }

    @Override
    public String name() {
        return "moving_average";
    }

    @Override
    public String description() {
        return "moving average of the latest " + window + " known values";
    }

    @Override
    double forecast(double[] series, int known, int target) {
        int from = Math.max(0, known - window);
        double sum = 0;
        for (int i = from; i < known; i++) {
            sum += series[i];
        }
        return sum / (known - from);
    }

    @Override
    String rule() {
        return "averages the latest " + window + " known values";
    }
}
