package dev.greenlight.baseline;

import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.Task;
import dev.greenlight.text.Figures;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Guesses each test row's class at random with the training class shares as probabilities: scikit-learn's
 * {@code DummyClassifier(strategy='stratified')}, whose scores are the one-hot guesses. One draw can be lucky or
 * unlucky, so the baseline's metrics are their exact expectations over all draws ({@link RandomGuessExpectation});
 * the fit's outcomes hold one seeded draw for a paired resampling.
 */
final class StratifiedRandomGuess implements Baseline {
    private final long seed;

    /** @param seed seed of the one recorded draw */
    public StratifiedRandomGuess(long seed) {
        this.seed = seed;
    }

    @Override
    public String name() {
        return "stratified_random";
    }

    @Override
    public String description() {
        return "random guess at the training class shares, metrics as exact expectations over the guesses "
                + "(scikit-learn DummyClassifier, strategy='stratified')";
    }

    @Override
    public boolean appliesTo(Task task) {
        return task.isClassification();
    }

    @Override
    public BaselineFit fit(BaselineInput input) {
        ClassificationOutcomes t = (ClassificationOutcomes) input.test();
        double[] shares = ClassShares.of(input.train(), t.classCount()).shares();
        ClassificationOutcomes draw = draw(t, shares, new SplittableRandom(seed));
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < shares.length; k++) {
            parts.add("'" + t.labels().get(k) + "' " + Figures.percent(shares[k]));
        }
        return new BaselineFit(draw, "guesses at random: " + String.join(", ", parts),
                new RandomGuessExpectation(t, shares, draw));
    }

    /** One draw: each row's class by inverse transform of one uniform number, one-hot scores. */
    static ClassificationOutcomes draw(ClassificationOutcomes t, double[] shares, SplittableRandom random) {
        int n = t.size();
        int k = shares.length;
        int[] yPred = new int[n];
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            int c = 0;
            double cumulative = shares[0];
            while (u >= cumulative && c < k - 1) {
                c++;
                cumulative += shares[c];
            }
            while (shares[c] == 0 && c > 0) {
                c--; // rounding left u past the last class with a share
            }
            yPred[i] = c;
        }
        double[][] probs = new double[k][n];
        for (int i = 0; i < n; i++) {
            probs[yPred[i]][i] = 1.0;
        }
        return Predicted.classes(t, yPred, probs);
    }
}
