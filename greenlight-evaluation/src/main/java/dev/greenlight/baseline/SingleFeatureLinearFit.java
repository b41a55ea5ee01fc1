package dev.greenlight.baseline;

import dev.greenlight.metrics.RegressionOutcomes;
import dev.greenlight.metrics.Task;
import dev.greenlight.text.Figures;

/**
 * The best single-feature linear fit {@code y = a + b x}: for every design column of the unstandardised
 * {@link FeatureEncoding} (a numeric feature, a category indicator, a missing-value indicator), the (weighted)
 * least-squares line on the training rows ({@code scipy.stats.linregress}, {@code numpy.polyfit(x, y, 1)}); the
 * column whose line leaves the smallest training sum of squared errors wins (ties: the first). With no varying
 * feature it predicts the training mean.
 */
final class SingleFeatureLinearFit implements Baseline {

    @Override
    public String name() {
        return "single_feature_linear";
    }

    @Override
    public String description() {
        return "best single-feature least-squares line y = a + b x, the feature chosen by training error";
    }

    @Override
    public boolean appliesTo(Task task) {
        return !task.isClassification();
    }

    @Override
    public BaselineFit fit(BaselineInput input) {
        RegressionOutcomes t = (RegressionOutcomes) input.test();
        TrainingTruth train = input.train();
        double[] y = train.values();
        FeatureEncoding design = FeatureEncoding.of(input, false);
        double total = 0;
        double yMean = 0;
        for (int i = 0; i < y.length; i++) {
            total += train.weight(i);
            yMean += train.weight(i) * y[i];
        }
        yMean /= total;
        int best = -1;
        double bestExplained = 0;
        double slope = 0;
        double intercept = yMean;
        for (int j = 0; j < design.width(); j++) {
            double[] x = design.train()[j];
            double xMean = 0;
            for (int i = 0; i < x.length; i++) {
                xMean += train.weight(i) * x[i];
            }
            xMean /= total;
            double sxx = 0;
            double sxy = 0;
            for (int i = 0; i < x.length; i++) {
                double dx = x[i] - xMean;
                sxx += train.weight(i) * dx * dx;
                sxy += train.weight(i) * dx * (y[i] - yMean);
            }
            // the training SSE of the line is Syy - Sxy^2 / Sxx: the largest Sxy^2 / Sxx wins
            double explained = sxx > 0 ? sxy * sxy / sxx : 0;
            if (sxx > 0 && (best < 0 || explained > bestExplained)) {
                best = j;
                bestExplained = explained;
                slope = sxy / sxx;
                intercept = yMean - slope * xMean;
            }
        }
        if (best < 0) {
            return BaselineFit.of(TrainMean.constant(t, yMean), "no feature varies in training, so it predicts the "
                    + "training mean " + Figures.format(yMean));
        }
        double[] xTest = design.test()[best];
        double[] pred = new double[t.size()];
        for (int i = 0; i < pred.length; i++) {
            pred[i] = intercept + slope * xTest[i];
        }
        String x = design.columns().get(best).label();
        return BaselineFit.of(new RegressionOutcomes(t.yTrue(), pred, t.weights()), "y = " + Figures.format(intercept)
                + (slope < 0 ? " - " : " + ") + Figures.format(Math.abs(slope)) + " * " + x);
    }
}
