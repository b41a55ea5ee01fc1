package dev.greenlight.baseline;

import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.ConfusionMatrix;
import dev.greenlight.metrics.MetricCatalog;
import dev.greenlight.metrics.MetricValue;
import dev.greenlight.metrics.Outcomes;
import dev.greenlight.metrics.RegressionOutcomes;
import dev.greenlight.metrics.Task;
import dev.greenlight.oracle.Oracle;
import dev.greenlight.oracle.OracleCase;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trained baselines against {@code testdata/oracle/baselines.json} (scikit-learn 1.2.1) on the recorded splits
 * of breast cancer, wine and diabetes, at the tolerance each key carries there (1e-6 for logistic coefficients,
 * probabilities and probability metrics; 1e-7 for ridge coefficients; 1e-9 or tighter for everything else).
 */
class LinearBaselinesGoldenTest {
    private static final String FAMILY = "baselines";
    private static final Map<String, String> CLASSIFICATION_KEYS = Map.ofEntries(
            Map.entry("accuracy", "accuracy"), Map.entry("balanced_accuracy", "balanced_accuracy"),
            Map.entry("precision", "precision"), Map.entry("recall", "recall"), Map.entry("f1", "f1"),
            Map.entry("f1_macro", "f1_macro"), Map.entry("roc_auc", "roc_auc"),
            Map.entry("roc_auc_ovr_macro", "roc_auc"), Map.entry("average_precision", "average_precision"),
            Map.entry("log_loss", "log_loss"), Map.entry("brier_score_loss", "brier_score"),
            Map.entry("matthews_corrcoef", "matthews_corrcoef"));
    private static final String[] REGRESSION_KEYS = {"rmse", "mae", "median_absolute_error", "r2",
            "explained_variance", "mape", "max_error"};

    @Test
    void logisticRegressionOnBreastCancerMatchesScikitLearn() {
        OracleCase c = Oracle.caseNamed(FAMILY, "baseline_breast_cancer_rs42_ts0.25");
        BaselineInput input = OracleSplit.classification(c, 2).input();
        FeatureEncoding design = FeatureEncoding.of(input, true);
        assertScaler(c, design);
        LogisticModel model = LogisticModel.binary(design.train(), positives(input), null, 1.0);
        c.assertClose("logreg_coef", model.coefficients());
        c.assertClose("logreg_intercept", model.intercepts());

        ClassificationOutcomes fit = (ClassificationOutcomes) new LogisticRegressionBaseline().predict(input);
        double[][] proba = Oracle.matrix(c.expected("logreg_test_proba"));
        for (int i = 0; i < fit.size(); i++) {
            c.assertClose("logreg_test_proba", fit.positiveScores()[i], proba[i][1]);
        }
        assertThat(fit.yPred()).containsExactly(ints(c, "logreg_test_pred"));
        assertMetrics(c, "logreg_", fit, Task.BINARY);
    }

    @Test
    void multinomialLogisticRegressionOnWineMatchesScikitLearn() {
        OracleCase c = Oracle.caseNamed(FAMILY, "baseline_wine_rs42_ts0.25");
        BaselineInput input = OracleSplit.classification(c, 3).input();
        FeatureEncoding design = FeatureEncoding.of(input, true);
        assertScaler(c, design);
        LogisticModel model = LogisticModel.multinomial(design.train(), input.train().classes(), 3, null, 1.0);
        c.assertClose("logreg_coef", model.coefficients());
        c.assertClose("logreg_intercept", model.intercepts());

        ClassificationOutcomes fit = (ClassificationOutcomes) new LogisticRegressionBaseline().predict(input);
        double[][] proba = Oracle.matrix(c.expected("logreg_test_proba"));
        for (int i = 0; i < fit.size(); i++) {
            for (int k = 0; k < 3; k++) {
                c.assertClose("logreg_test_proba", fit.probabilities()[k][i], proba[i][k]);
            }
        }
        assertThat(fit.yPred()).containsExactly(ints(c, "logreg_test_pred"));
        assertMetrics(c, "logreg_", fit, Task.MULTICLASS);
    }

    @Test
    void priorBaselineMatchesTheDummyClassifier() {
        for (String name : new String[] {"baseline_breast_cancer_rs42_ts0.25", "baseline_wine_rs42_ts0.25"}) {
            OracleCase c = Oracle.caseNamed(FAMILY, name);
            int classes = name.contains("wine") ? 3 : 2;
            ClassificationOutcomes fit = (ClassificationOutcomes) new MostFrequentClass()
                    .predict(OracleSplit.classification(c, classes).input());
            assertMetrics(c, "dummy_prior_", fit, classes == 2 ? Task.BINARY : Task.MULTICLASS);
        }
    }

    @Test
    void standardisedRidgeOnDiabetesMatchesScikitLearn() {
        OracleCase c = Oracle.caseNamed(FAMILY, "baseline_diabetes_rs42_ts0.25");
        BaselineInput input = OracleSplit.regression(c).input();
        FeatureEncoding design = FeatureEncoding.of(input, true);
        RidgeModel model = RidgeModel.fit(design.train(), input.train().values(), null, 1.0);
        c.assertClose("ridge_standardized_coef", model.coefficients());
        c.assertClose("ridge_standardized_intercept", model.intercept());
        RegressionOutcomes fit = (RegressionOutcomes) new RidgeBaseline().predict(input);
        c.assertClose("ridge_standardized_test_pred", fit.yPred());
        assertRegression(c, "ridge_standardized_", fit);
    }

    @Test
    void ridgeAndLeastSquaresOnTheRawFeaturesMatchScikitLearn() {
        OracleCase c = Oracle.caseNamed(FAMILY, "baseline_diabetes_rs42_ts0.25");
        BaselineInput input = OracleSplit.regression(c).input();
        FeatureEncoding raw = FeatureEncoding.of(input, false);
        RegressionOutcomes test = (RegressionOutcomes) input.test();
        for (String prefix : new String[] {"ridge_", "linear_regression_"}) {
            double alpha = prefix.equals("ridge_") ? 1.0 : 0.0;
            RidgeModel model = RidgeModel.fit(raw.train(), input.train().values(), null, alpha);
            c.assertClose(prefix + "coef", model.coefficients());
            c.assertClose(prefix + "intercept", model.intercept());
            double[] pred = model.predict(raw.test(), test.size());
            c.assertClose(prefix + "test_pred", pred);
            assertRegression(c, prefix, new RegressionOutcomes(test.yTrue(), pred, null));
        }
    }

    @Test
    void meanAndMedianMatchTheDummyRegressor() {
        OracleCase c = Oracle.caseNamed(FAMILY, "baseline_diabetes_rs42_ts0.25");
        BaselineInput input = OracleSplit.regression(c).input();
        RegressionOutcomes mean = (RegressionOutcomes) new TrainMean().predict(input);
        c.assertClose("dummy_mean_constant", mean.yPred()[0]);
        assertRegression(c, "dummy_mean_", mean);
        RegressionOutcomes median = (RegressionOutcomes) new TrainMedian().predict(input);
        c.assertClose("dummy_median_constant", median.yPred()[0]);
        assertRegression(c, "dummy_median_", median);
    }

    private static void assertScaler(OracleCase c, FeatureEncoding design) {
        double[] mean = new double[design.width()];
        double[] scale = new double[design.width()];
        for (int j = 0; j < mean.length; j++) {
            mean[j] = design.columns().get(j).centre();
            scale[j] = design.columns().get(j).scale();
        }
        c.assertClose("scaler_mean", mean);
        c.assertClose("scaler_scale", scale);
    }

    private static void assertMetrics(OracleCase c, String prefix, Outcomes fit, Task task) {
        for (var e : CLASSIFICATION_KEYS.entrySet()) {
            String key = prefix + e.getKey();
            if (c.has(key)) {
                MetricValue v = MetricCatalog.compute(task, e.getValue(), fit);
                assertThat(v.isDefined()).as(key + ": " + v.undefinedReason()).isTrue();
                c.assertClose(key, v.value());
            }
        }
        ConfusionMatrix cm = ConfusionMatrix.of((ClassificationOutcomes) fit);
        double[][] counts = new double[cm.size()][cm.size()];
        for (int i = 0; i < cm.size(); i++) {
            for (int j = 0; j < cm.size(); j++) {
                counts[i][j] = cm.count(i, j);
            }
        }
        c.assertClose(prefix + "confusion_matrix", counts);
    }

    private static void assertRegression(OracleCase c, String prefix, RegressionOutcomes fit) {
        for (String metric : REGRESSION_KEYS) {
            c.assertClose(prefix + metric, MetricCatalog.compute(Task.REGRESSION, metric, fit).value());
        }
    }

    private static double[] positives(BaselineInput input) {
        int[] classes = input.train().classes();
        double[] y = new double[classes.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = classes[i] == 1 ? 1.0 : 0.0;
        }
        return y;
    }

    private static int[] ints(OracleCase c, String key) {
        double[] d = Oracle.doubles(c.expected(key));
        int[] out = new int[d.length];
        for (int i = 0; i < d.length; i++) {
            out[i] = (int) d[i];
        }
        return out;
    }
}
