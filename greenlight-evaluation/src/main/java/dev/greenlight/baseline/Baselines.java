package dev.greenlight.baseline;

import dev.greenlight.metrics.Task;

import java.util.ArrayList;
import java.util.List;

/** The registry of the baselines Greenlight trains. */
public final class Baselines {
    private static final List<Baseline> LABELS_ONLY = List.of(new MostFrequentClass(), new TrainMean(),
            new TrainMedian());

    private Baselines() {
    }

    /** The baselines that read the labels only: most frequent class, train mean and train median. */
    public static List<Baseline> forTask(Task task) {
        return LABELS_ONLY.stream().filter(b -> b.appliesTo(task)).toList();
    }

    /**
     * Every baseline for the task, simplest first: classification, the most frequent class, the stratified random
     * guess, the best single-feature threshold rule and logistic regression; regression, the train mean and median,
     * the best single-feature linear fit and ridge regression; forecasting, those and the last value, the seasonal
     * naive forecast (when a season is set) and the moving average.
     */
    public static List<Baseline> all(Task task, BaselineOptions options) {
        List<Baseline> all = new ArrayList<>(List.of(new MostFrequentClass(), new StratifiedRandomGuess(options.seed()),
                new ThresholdRule(), new LogisticRegressionBaseline(), new TrainMean(), new TrainMedian(),
                new SingleFeatureLinearFit(), new RidgeBaseline(), new LastValue(options.origin())));
        if (options.season() > 1) {
            all.add(new SeasonalNaive(options.season(), options.origin()));
        }
        all.add(new MovingAverage(options.window(), options.origin()));
        return all.stream().filter(b -> b.appliesTo(task)).toList();
    }
}
