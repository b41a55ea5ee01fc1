package dev.greenlight.baseline;

import dev.greenlight.error.InvalidDataException;

/**
 * The seasonal naive forecast with season length m (Hyndman &amp; Athanasopoulos, Forecasting: Principles and
 * Practice, 3rd ed., section 5.2): the actual value one season before, or, h steps past the known values, the
 * value at the same phase of the last known season, {@code y[T + h - m (floor((h - 1) / m) + 1)]}. With fewer known
 * values than one season it repeats the latest one. MASE scales errors by this forecast's in-sample error.
 */
final class SeasonalNaive extends ForecastBaseline {
    private final int season;

    /** @param season season length m, at least 1 */
    public SeasonalNaive(int season, ForecastOrigin origin) {
        super(origin);
        if (season < 1) {
            throw new InvalidDataException("season length must be at least 1, got " + season);
        }
        this.season = season;
    }

    @Override
    public String name() {
        return "seasonal_naive";
    }

    @Override
    public String description() {
        return "seasonal naive forecast, season " + season + ": the value one season earlier";
    }

    @Override
    double forecast(double[] series, int known, int target) {
        if (known < season) {
            return series[known - 1];
        }
        int ahead = target - known + 1; // h
        int back = season * ((ahead - 1) / season + 1);
        return series[target - back];
    }

    @Override
    String rule() {
        return "repeats the value one season (" + season + " rows) earlier";
    }
}
