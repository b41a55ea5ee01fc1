package dev.greenlight.metrics;

import dev.greenlight.error.InvalidDataException;
import java.util.List;

/**
 * Cohen's kappa for two raters (Cohen 1960; weighted: Cohen 1968), as {@code sklearn.metrics.cohen_kappa_score}:
 * {@code kappa = 1 - sum(W * O) / sum(W * E)}, with O the (weighted) table of rater 1 against rater 2 over the given
 * labels, E the product of its margins divided by the total, and W the disagreement weights of
 * {@link KappaWeighting}. With an unweighted table this is {@code (p_o - p_e) / (1 - p_e)}.
 *
 * <p>Undefined (scikit-learn returns NaN) when the expected disagreement is 0: both raters used one and the same
 * label for every item. Used for model-against-truth agreement (the catalogue's {@code cohen_kappa}) and for
 * agreement between human labellers.
 */
public final class CohenKappa {
    private CohenKappa() {
    }

    /**
     * Kappa between two raters' labels (class indices into {@code labels}); label order decides the index distance
     * of the linear and quadratic weights.
     *
     * @param sampleWeights per-item weights, or {@code null}
     */
    public static MetricValue of(int[] rater1, int[] rater2, List<String> labels, double[] sampleWeights,
                                 KappaWeighting weighting) {
        return ConfusionMatrix.of(labels, rater1, rater2, sampleWeights).cohenKappa(weighting);
    }

    /**
     * Kappa of a contingency table, {@code table[i][j]} = weight of items rater 1 put in label i and rater 2 in j.
     *
     * @param n the number of items, reported with the value
     */
    public static MetricValue of(double[][] table, KappaWeighting weighting, int n) {
        int k = table.length;
        double[] rowSums = new double[k];
        double[] colSums = new double[k];
        double total = margins(table, rowSums, colSums);
        double observed = 0.0;
        double expected = 0.0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double w = weighting.weight(i, j);
                observed += w * table[i][j];
                // scikit-learn's outer(sum0, sum1): column margin i times row margin j
                expected += w * (colSums[i] * rowSums[j] / total);
            }
        }
        if (expected == 0.0) {
            return MetricValue.undefined(weighting.metricName(), n, "Cohen's kappa is undefined: both raters gave "
                    + "every item the same single label, so chance agreement is 1 and kappa is 0/0");
        }
        return MetricValue.of(weighting.metricName(), 1.0 - observed / expected, n);
    }

    /**
     * Unweighted kappa with its asymptotic standard errors, confidence interval and z test, as statsmodels
     * {@code stats.inter_rater.cohens_kappa(table)}: the standard error of Fleiss, Cohen &amp; Everitt (1969)
     * {@code var = [sum_i p_ii (1 - (p_i. + p_.i)(1 - k))^2 + (1 - k)^2 sum_(i != j) p_ij (p_.i + p_j.)^2
     * - (k - p_e (1 - k))^2] / ((1 - p_e)^2 n)}, the standard error under no agreement beyond chance
     * {@code var0 = (p_e + p_e^2 - sum_i p_i. p_.i (p_i. + p_.i)) / ((1 - p_e)^2 n)}, the interval
     * {@code kappa +- z_(1-alpha/2) se}, {@code z = kappa / se0} and the two-sided normal p-value. A variance that
     * rounds below zero is taken as 0.
     *
     * @param table {@code table[i][j]} = items rater 1 put in category i and rater 2 in category j
     * @param level confidence level of the interval, e.g. 0.95
     * @return the inference, undefined (NaN fields and a reason) when {@code p_e = 1} or the table is empty
     */
    public static KappaInference inference(double[][] table, double level) {
        int k = table.length;
        double[] rowFreq = new double[k];
        double[] colFreq = new double[k];
        double n = margins(table, rowFreq, colFreq);
        if (!(n > 0)) {
            return KappaInference.undefined(level, "the table is empty");
        }
        double agree = 0.0;
        double pe = 0.0;
        for (int i = 0; i < k; i++) {
            rowFreq[i] /= n;
            colFreq[i] /= n;
            agree += table[i][i];
            pe += rowFreq[i] * colFreq[i];
        }
        if (pe == 1.0) {
            return KappaInference.undefined(level, "both raters gave every item the same single label, so chance "
                    + "agreement is 1 and kappa is 0/0");
        }
        double kappa = (agree / n - pe) / (1.0 - pe);
        double termA = 0.0;
        double termB = 0.0;
        double termC0 = 0.0;
        for (int i = 0; i < k; i++) {
            double a = 1.0 - (rowFreq[i] + colFreq[i]) * (1.0 - kappa);
            termA += table[i][i] / n * a * a;
            for (int j = 0; j < k; j++) {
                if (i != j) {
                    double b = colFreq[i] + rowFreq[j];
                    termB += table[i][j] / n * b * b;
                }
            }
            termC0 += colFreq[i] * rowFreq[i] * (colFreq[i] + rowFreq[i]);
        }
        termB *= (1.0 - kappa) * (1.0 - kappa);
        double c = kappa - pe * (1.0 - kappa);
        double scale = (1.0 - pe) * (1.0 - pe) * n;
        double variance = (termA + termB - c * c) / scale;
        double variance0 = (pe + pe * pe - termC0) / scale;
        double se = Math.sqrt(Math.max(variance, 0.0));
        double se0 = Math.sqrt(Math.max(variance0, 0.0));
        double crit = StandardNormal.critical(level);
        double z = kappa / se0;
        double p = StandardNormal.twoSidedP(z);
        return new KappaInference(kappa, se, se0, kappa - crit * se, kappa + crit * se, z, p, level, null);
    }

    /** Fills the row and column sums of a square table and returns its total. */
    private static double margins(double[][] table, double[] rowSums, double[] colSums) {
        double total = 0.0;
        for (int i = 0; i < table.length; i++) {
            if (table[i].length != table.length) {
                throw new InvalidDataException("the table must be square; row " + i + " has " + table[i].length
                        + " entries for " + table.length + " rows");
            }
            for (int j = 0; j < table.length; j++) {
                rowSums[i] += table[i][j];
                colSums[j] += table[i][j];
            }
            total += rowSums[i];
        }
        return total;
    }
}
