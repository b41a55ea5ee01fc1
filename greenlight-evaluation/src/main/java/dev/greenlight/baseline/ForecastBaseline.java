package dev.greenlight.baseline;

import dev.greenlight.metrics.RegressionOutcomes;
import dev.greenlight.metrics.Task;

/**
 * A forecasting baseline: forecasts each test row from the actual values before it, in time order
 * ({@link BaselineInput#trainTimeOrder()}, {@link BaselineInput#testTimeOrder()}). The series is the training
 * values followed by the test values; with {@link ForecastOrigin#END_OF_TRAINING} a forecast may read the training
 * values only (the h-th test row is h steps ahead), with {@link ForecastOrigin#ONE_STEP_AHEAD} every value before
 * its row. Subclasses give the rule; sample weights play no part in it.
 */
abstract class ForecastBaseline implements Baseline {
    private final ForecastOrigin origin;

    ForecastBaseline(ForecastOrigin origin) {
        this.origin = java.util.Objects.requireNonNull(origin, "origin");
    }

    @Override
    public final boolean appliesTo(Task task) {
        return task == Task.FORECAST;
    }

    /**
     * The forecast of series position {@code target} from positions {@code [0, known)}; {@code known} is at least 1.
     *
     * @param series the values in time order
     * @param known  how many leading values may be read
     * @param target the position forecast ({@code >= known})
     */
    abstract double forecast(double[] series, int known, int target);

    /** What the rule is, for the summary, e.g. "the last training value". */
    abstract String rule();

    @Override
    public final BaselineFit fit(BaselineInput input) {
        RegressionOutcomes t = (RegressionOutcomes) input.test();
        int[] trainOrder = input.trainTimeOrder();
        int[] testOrder = input.testTimeOrder();
        int trainSize = trainOrder.length;
        double[] series = new double[trainSize + testOrder.length];
        for (int i = 0; i < trainSize; i++) {
            series[i] = input.train().values()[trainOrder[i]];
        }
        for (int i = 0; i < testOrder.length; i++) {
            series[trainSize + i] = t.yTrue()[testOrder[i]];
        }
        double[] pred = new double[t.size()];
        for (int h = 0; h < testOrder.length; h++) {
            int target = trainSize + h;
            int known = origin == ForecastOrigin.END_OF_TRAINING ? trainSize : target;
            pred[testOrder[h]] = forecast(series, known, target);
        }
        String from = origin == ForecastOrigin.END_OF_TRAINING ? "from the end of training"
                : "one step ahead, from the actual values before each row";
        return BaselineFit.of(new RegressionOutcomes(t.yTrue(), pred, t.weights()), rule() + ", " + from);
    }

    ForecastOrigin origin() {
        return origin;
    }
}
