package dev.greenlight.metrics;

import dev.greenlight.error.InvalidDataException;

/**
 * The Wilson score interval for a proportion (Wilson 1927; Newcombe 1998, method 3), as statsmodels
 * {@code proportion_confint(count, nobs, alpha, method='wilson')}: with {@code q = count/nobs} and {@code z} the
 * two-sided critical value, centre {@code (q + z^2/(2n)) / (1 + z^2/n)} and half-width
 * {@code z sqrt(q(1-q)/n + z^2/(4n^2)) / (1 + z^2/n)}. Unlike the normal (Wald) interval it stays inside [0, 1] and
 * keeps near-nominal coverage for proportions near 0 or 1 and small n.
 *
 * <p>Accuracy, precision and recall are proportions of rows (correct among all, true positives among predicted
 * positives, among actual positives), so they get this interval. It counts rows: outcomes with sample weights get an
 * undefined interval (use {@link Bootstrap}).
 */
public final class WilsonInterval {
    public static final String METHOD = "Wilson score";

    private WilsonInterval() {
    }

    /**
     * The interval for {@code successes} out of {@code trials}.
     *
     * @return undefined when there are no trials
     * @throws InvalidDataException when successes is negative or more than trials
     */
    public static ConfidenceInterval of(String metric, long successes, long trials, double level) {
        ConfidenceInterval.requireLevel(level);
        if (successes < 0 || successes > trials) {
            throw new InvalidDataException(successes + " successes out of " + trials + " trials");
        }
        int n = (int) Math.min(trials, Integer.MAX_VALUE);
        if (trials == 0) {
            return ConfidenceInterval.undefined(metric, level, METHOD, 0, "a proportion of zero rows is undefined");
        }
        double q = (double) successes / trials;
        double z = StandardNormal.critical(level);
        double z2 = z * z;
        double denominator = 1.0 + z2 / trials;
        double centre = (q + z2 / (2.0 * trials)) / denominator;
        double halfWidth = z * Math.sqrt(q * (1.0 - q) / trials + z2 / (4.0 * trials * (double) trials)) / denominator;
        return ConfidenceInterval.of(metric, q, centre - halfWidth, centre + halfWidth, level, METHOD, n);
    }

    /** Accuracy: correct predictions among all rows. */
    public static ConfidenceInterval accuracy(ClassificationOutcomes o, double level) {
        return proportion(o, "accuracy", level, Proportion.ACCURACY);
    }

    /** Precision of the positive class: true positives among the rows predicted positive (binary). */
    public static ConfidenceInterval precision(ClassificationOutcomes o, double level) {
        return proportion(o, "precision", level, Proportion.PRECISION);
    }

    /** Recall of the positive class: true positives among the positive rows (binary). */
    public static ConfidenceInterval recall(ClassificationOutcomes o, double level) {
        return proportion(o, "recall", level, Proportion.RECALL);
    }

    private enum Proportion { ACCURACY, PRECISION, RECALL }

    private static ConfidenceInterval proportion(ClassificationOutcomes o, String metric, double level,
                                                 Proportion which) {
        ConfidenceInterval.requireLevel(level);
        String problem = o.weights() != null ? "the Wilson interval counts rows; with sample weights use the bootstrap"
                : which != Proportion.ACCURACY && !o.isBinary() ? metric + " is for a binary task (the positive class)"
                : o.predictions() == null ? metric + " needs predicted labels or scores" : null;
        if (problem != null) {
            return ConfidenceInterval.undefined(metric, level, METHOD, o.size(), problem);
        }
        ConfusionMatrix cm = ConfusionMatrix.of(o);
        long successes;
        long trials;
        if (which == Proportion.ACCURACY) {
            successes = Math.round(cm.correct());
            trials = o.size();
        } else {
            int p = o.positive();
            successes = Math.round(cm.count(p, p));
            trials = Math.round(which == Proportion.PRECISION ? cm.predictedTotal(p) : cm.trueTotal(p));
        }
        ConfidenceInterval ci = of(metric, successes, trials, level);
        if (!ci.isDefined()) {
            String none = which == Proportion.PRECISION ? "no row is predicted positive"
                    : which == Proportion.RECALL ? "no row is positive" : "no rows";
            return ConfidenceInterval.undefined(metric, level, METHOD, o.size(), metric + " has no interval: " + none);
        }
        return new ConfidenceInterval(metric, ci.value(), ci.low(), ci.high(), level, METHOD, o.size(), null);
    }
}
