package dev.greenlight.baseline;

import dev.greenlight.error.InvalidDataException;

/**
 * Settings of the baselines that have any.
 *
 * @param season season length m of the seasonal naive forecast, in rows (e.g. 7 for daily data with a weekly
 *               pattern); 0 or 1 leaves the seasonal naive baseline out (with m = 1 it is the last value)
 * @param window how many of the latest values the moving-average forecast averages
 * @param origin where the forecasting baselines forecast from
 * @param seed   seed of the random guess's one recorded draw (its metrics are exact expectations regardless)
 */
public record BaselineOptions(int season, int window, ForecastOrigin origin, long seed) {
    /** No season; a moving average of the last 3 values (short enough to follow a level shift); seed 42. */
    public static final BaselineOptions DEFAULTS = new BaselineOptions(0, 3, ForecastOrigin.END_OF_TRAINING, 42);

    public BaselineOptions {
        if (season < 0) {
            throw new InvalidDataException("season length must be at least 0, got " + season);
        }
        if (window < 1) {
            throw new InvalidDataException("moving-average window must be at least 1, got " + window);
        }
        java.util.Objects.requireNonNull(origin, "origin");
    }

    public BaselineOptions withSeason(int m) {
        return new BaselineOptions(m, window, origin, seed);
    }

    public BaselineOptions withWindow(int w) {
        return new BaselineOptions(season, w, origin, seed);
    }

    public BaselineOptions withOrigin(ForecastOrigin o) {
        return new BaselineOptions(season, window, o, seed);
    }
}
