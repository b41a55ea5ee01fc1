package dev.greenlight.baseline;

/** The naive forecast: the latest known actual value ({@link ForecastBaseline} says which values are known). */
final class LastValue extends ForecastBaseline {

    public LastValue(ForecastOrigin origin) {
        super(origin);
    }

    @Override
    public String name() {
        return "last_value";
    }

    @Override
    public String description() {
        return "naive forecast: the latest known value";
    }

    @Override
    double forecast(double[] series, int known, int target) {
        return series[known - 1];
    }

    @Override
    String rule() {
        return "repeats the latest known value";
    }
}
