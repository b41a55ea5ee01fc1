package dev.greenlight.baseline;

import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.MetricCatalog;
import dev.greenlight.metrics.MetricValue;
import dev.greenlight.metrics.Task;
import org.apache.commons.statistics.distribution.BinomialDistribution;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Exact expected metrics of a classifier that guesses each row's class independently, class k with probability
 * {@code p_k}, and scores it one-hot ({@link StratifiedRandomGuess}). With n rows, {@code t_k} of true class k and
 * {@code M_k ~ Binomial(n, p_k)} guesses of class k, the guesses of class k fall on uniformly random rows given
 * {@code M_k}, so {@code TP_k} is hypergeometric with mean {@code M_k t_k / n}. Hence:
 * <ul>
 *   <li>row-wise means (accuracy, log loss, Brier score): the mixture over k of the metric when every row guesses
 *       k, weighted by {@code p_k} (linearity of expectation; exact with sample weights too);</li>
 *   <li>recall of class k: {@code p_k}; balanced accuracy: the mean of {@code p_k} over the classes in y_true;</li>
 *   <li>precision of class k: {@code P(M_k > 0) t_k / n} (zero_division = 0); F1:
 *       {@code sum_m P(M_k = m) 2 m t_k / (n (t_k + m))}; macro and weighted averages of those; micro averages
 *       equal accuracy;</li>
 *   <li>ROC AUC (binary, one-vs-rest, one-vs-one): 0.5, as every (positive, negative) pair is won, lost or tied
 *       with probabilities {@code p(1-p)}, {@code (1-p)p} and the rest;</li>
 *   <li>average precision of class k: {@code sum_m P(M_k = m) E[AP | m]} with
 *       {@code E[AP | m] = E[TP^2 | m] / (t_k m) + t_k / n - E[TP | m] / n} (the two thresholds of a one-hot score),
 *       and {@code t_k / n} for m = 0;</li>
 *   <li>Matthews correlation and Cohen's kappa: 0, since given the guess counts their numerators have expectation
 *       0 and their denominators are fixed (kappa undefined when y_true has one class).</li>
 * </ul>
 * The ratio metrics (precision, F1, average precision, MCC, kappa) are exact without sample weights; with weights
 * they are undefined with that reason. Calibration error has no exact expectation here. A metric the catalogue finds
 * undefined on the outcomes (one class in y_true, say) is undefined for the same reason.
 */
final class RandomGuessExpectation implements ExpectedMetrics {
    /** Binomial terms further than this many standard deviations from the mean weigh less than 1e-300. */
    private static final double TAIL_SDS = 40;

    private final ClassificationOutcomes test;
    private final double[] p;
    private final ClassificationOutcomes draw;
    private final Task task;
    private final int n;
    private final double[] support;
    private final Map<String, Function<String, MetricValue>> formulas = new HashMap<>();

    RandomGuessExpectation(ClassificationOutcomes test, double[] shares, ClassificationOutcomes draw) {
        this.test = test;
        this.p = shares.clone();
        this.draw = draw;
        this.task = test.isBinary() ? Task.BINARY : Task.MULTICLASS;
        this.n = test.size();
        this.support = new double[shares.length];
        for (int i = 0; i < n; i++) {
            support[test.yTrue()[i]] += test.weights() == null ? 1.0 : test.weights()[i];
        }
        for (String m : new String[] {"accuracy", "log_loss", "brier_score", "precision_micro", "recall_micro",
                "f1_micro"}) {
            formulas.put(m, this::mixture);
        }
        formulas.put("balanced_accuracy", m -> value(m, balancedAccuracy()));
        formulas.put("recall", m -> value(m, p[test.positive()]));
        formulas.put("recall_macro", m -> value(m, average(p, false)));
        formulas.put("recall_weighted", m -> value(m, average(p, true)));
        formulas.put("precision", m -> ratio(m, () -> precision()[test.positive()]));
        formulas.put("precision_macro", m -> ratio(m, () -> average(precision(), false)));
        formulas.put("precision_weighted", m -> ratio(m, () -> average(precision(), true)));
        formulas.put("f1", m -> ratio(m, () -> f1()[test.positive()]));
        formulas.put("f1_macro", m -> ratio(m, () -> average(f1(), false)));
        formulas.put("f1_weighted", m -> ratio(m, () -> average(f1(), true)));
        for (String m : new String[] {"roc_auc", "roc_auc_ovr_weighted", "roc_auc_ovo"}) {
            formulas.put(m, x -> value(x, 0.5));
        }
        formulas.put("average_precision", m -> ratio(m, this::averagePrecision));
        formulas.put("matthews_corrcoef", m -> ratio(m, () -> 0.0));
        formulas.put("cohen_kappa", m -> ratio(m, () -> 0.0));
    }

    @Override
    public MetricValue of(String metric) {
        MetricValue onDraw = MetricCatalog.compute(task, metric, draw);
        if (!onDraw.isDefined()) {
            return onDraw; // undefined for a reason every draw shares (one class in y_true, a binary-only metric)
        }
        Function<String, MetricValue> formula = formulas.get(metric);
        if (formula == null) {
            return MetricValue.undefined(metric, n, "no exact expectation of " + metric + " over random guesses is "
                    + "known");
        }
        return formula.apply(metric);
    }

    private MetricValue value(String metric, double v) {
        return MetricValue.of(metric, v, n);
    }

    /** A metric exact without sample weights only. */
    private MetricValue ratio(String metric, java.util.function.DoubleSupplier v) {
        if (test.weights() != null) {
            return MetricValue.undefined(metric, n, "the expectation of " + metric + " over random guesses is exact "
                    + "without sample weights only");
        }
        if (metric.equals("cohen_kappa") && presentClasses() < 2) {
            return MetricValue.undefined(metric, n, "with one class in y_true, Cohen's kappa is undefined whenever "
                    + "every guess is that class, so it has no expectation");
        }
        return value(metric, v.getAsDouble());
    }

    /** {@code sum_k p_k metric(every row guesses k)}, for the metrics that are means over rows. */
    private MetricValue mixture(String metric) {
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            if (p[k] == 0) {
                continue;
            }
            int[] guess = new int[n];
            Arrays.fill(guess, k);
            double[][] oneHot = new double[p.length][n];
            Arrays.fill(oneHot[k], 1.0);
            MetricValue v = MetricCatalog.compute(task, metric, Predicted.classes(test, guess, oneHot));
            if (!v.isDefined()) {
                return v;
            }
            sum += p[k] * v.value();
        }
        return value(metric, sum);
    }

    private int presentClasses() {
        int c = 0;
        for (double s : support) {
            c += s > 0 ? 1 : 0;
        }
        return c;
    }

    private double balancedAccuracy() {
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            sum += support[k] > 0 ? p[k] : 0;
        }
        return sum / presentClasses();
    }

    /** Plain (macro) or support-weighted mean over every label, as scikit-learn averages. */
    private double average(double[] perClass, boolean bySupport) {
        double sum = 0;
        double weight = 0;
        for (int k = 0; k < perClass.length; k++) {
            double w = bySupport ? support[k] : 1.0;
            sum += w * perClass[k];
            weight += w;
        }
        return weight == 0 ? 0.0 : sum / weight;
    }

    private double[] precision() {
        double[] out = new double[p.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = (1 - Math.pow(1 - p[k], n)) * support[k] / n;
        }
        return out;
    }

    private double[] f1() {
        double[] out = new double[p.length];
        for (int k = 0; k < out.length; k++) {
            double t = support[k];
            out[k] = t == 0 ? 0.0 : overGuessCounts(p[k], m -> 2.0 * m * t / (n * (t + m)));
        }
        return out;
    }

    private double averagePrecision() {
        if (test.isBinary()) {
            return averagePrecision(test.positive());
        }
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            sum += averagePrecision(k);
        }
        return sum / p.length;
    }

    private double averagePrecision(int k) {
        double t = support[k];
        if (t == 0) {
            return 0.0; // scikit-learn's value with no positive row
        }
        double base = t / n;
        return overGuessCounts(p[k], m -> {
            if (m == 0) {
                return base;
            }
            double mean = m * base;
            double variance = n > 1 ? m * base * (1 - base) * (n - m) / (n - 1.0) : 0.0;
            return (variance + mean * mean) / (t * m) + base - mean / n;
        });
    }

    /** {@code E[f(M)]} for {@code M ~ Binomial(n, q)}. */
    private double overGuessCounts(double q, java.util.function.IntToDoubleFunction f) {
        if (q == 0) {
            return f.applyAsDouble(0);
        }
        if (q == 1) {
            return f.applyAsDouble(n);
        }
        BinomialDistribution b = BinomialDistribution.of(n, q);
        double mean = n * q;
        double sd = Math.sqrt(n * q * (1 - q));
        int from = (int) Math.max(0, Math.floor(mean - TAIL_SDS * sd - 10));
        int to = (int) Math.min(n, Math.ceil(mean + TAIL_SDS * sd + 10));
        double sum = 0;
        for (int m = from; m <= to; m++) {
            double w = b.probability(m);
            if (w > 0) {
                sum += w * f.applyAsDouble(m);
            }
        }
        return sum;
    }
}
