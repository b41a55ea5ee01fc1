package dev.greenlight.metrics;

import dev.greenlight.error.InvalidDataException;
import java.util.List;
import java.util.Map;

/**
 * Reweights classification outcomes from the class balance of the evaluated data to the class balance of
 * production (importance weighting under label shift, Saerens et al. 2002): each row of class {@code k} gets the
 * weight {@code pi_prod(k) / pi_data(k)}, times its own weight. Weighted metrics then estimate what the metric would
 * be on production's class mix, for the same model and threshold.
 *
 * <p>Ranking metrics that compare positives with negatives (ROC AUC) are unchanged by such weights, since every
 * positive-negative pair gets the same weight; precision, F1, accuracy and the probability metrics change.
 * Metrics that depend on the decision threshold stay tied to a threshold chosen on resampled data, which
 * {@link #isThresholdDependent} marks.
 */
public final class PriorShift {
    private static final List<String> THRESHOLD_DEPENDENT_PREFIXES = List.of("accuracy", "balanced_accuracy",
            "precision", "recall", "f1", "matthews_corrcoef", "cohen_kappa");

    private PriorShift() {
    }

    /** Each class's (weighted) share in the outcomes, by class index. */
    public static double[] shares(ClassificationOutcomes o) {
        double[] mass = new double[o.classCount()];
        double total = 0;
        for (int i = 0; i < o.size(); i++) {
            double w = o.weights() == null ? 1 : o.weights()[i];
            mass[o.yTrue()[i]] += w;
            total += w;
        }
        for (int k = 0; k < mass.length; k++) {
            mass[k] /= total;
        }
        return mass;
    }

    /**
     * The outcomes reweighted to the production priors.
     *
     * @param priors share per class label; every label of the outcomes must have one
     * @throws InvalidDataException when a label has no prior or does not occur in the outcomes
     */
    public static ClassificationOutcomes reweight(ClassificationOutcomes o, Map<String, Double> priors) {
        double[] data = shares(o);
        double[] factor = new double[o.classCount()];
        for (int k = 0; k < factor.length; k++) {
            Double prior = priors.get(o.labels().get(k));
            if (prior == null) {
                throw new InvalidDataException("no production prior for class '" + o.labels().get(k)
                        + "'; priors are given for " + priors.keySet());
            }
            if (data[k] == 0) {
                throw new InvalidDataException("class '" + o.labels().get(k) + "' has a production prior but "
                        + "no rows to reweight");
            }
            factor[k] = prior / data[k];
        }
        double[] w = new double[o.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = factor[o.yTrue()[i]] * (o.weights() == null ? 1 : o.weights()[i]);
        }
        return new ClassificationOutcomes(o.labels(), o.yTrue(), o.yPred(), o.positiveScores(), o.probabilities(),
                o.positive(), w);
    }

    /** Whether a metric's value depends on the decision threshold (or argmax) rather than on the scores alone. */
    public static boolean isThresholdDependent(String metric) {
        return THRESHOLD_DEPENDENT_PREFIXES.stream().anyMatch(p -> metric.equals(p) || metric.startsWith(p + "_"));
    }
}
