package dev.greenlight.baseline;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.MetricCatalog;
import dev.greenlight.metrics.RegressionOutcomes;
import dev.greenlight.metrics.Task;
import dev.greenlight.oracle.Oracle;
import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TrainedBaselinesTest {

    @Test
    void thresholdRuleFindsTheStumpScikitLearnFindsOnBreastCancer() {
        // scikit-learn 1.2.1: DecisionTreeClassifier(max_depth=1).fit(X_train, y_train) splits 'worst radius' at
        // 16.795 (float32: 16.795000076293945); test accuracy 0.9230769230769231, log loss 0.27060201259118305
        BaselineInput input = OracleSplit.classification(Oracle.caseNamed("baselines",
                "baseline_breast_cancer_rs42_ts0.25"), 2).input();
        BaselineFit fit = new ThresholdRule().fit(input);
        assertThat(fit.summary()).isEqualTo("if 'worst radius' <= 16.8 then '1' else '0'");
        assertThat(fit.metric("accuracy").value()).isCloseTo(0.9230769230769231, within(1e-15));
        assertThat(fit.metric("log_loss").value()).isCloseTo(0.27060201259118305, within(1e-12));
    }

    @Test
    void thresholdRuleOnWineUsesTheLeafSharesOfThreeClasses() {
        // scikit-learn: 'color_intensity' <= 3.82, leaves [2, 46, 0] and [42, 7, 36]; accuracy 0.6, log loss
        // 0.809183462342219
        BaselineInput input = OracleSplit.classification(Oracle.caseNamed("baselines", "baseline_wine_rs42_ts0.25"),
                3).input();
        BaselineFit fit = new ThresholdRule().fit(input);
        assertThat(fit.summary()).startsWith("if 'color_intensity' <= 3.82 then '1' else '0'");
        assertThat(fit.metric("accuracy").value()).isCloseTo(0.6, within(1e-15));
        assertThat(fit.metric("log_loss").value()).isCloseTo(0.809183462342219, within(1e-12));
    }

    @Test
    void singleFeatureFitPicksTheLineNumpyPicksOnDiabetes() {
        // numpy.polyfit(x_train, y_train, 1) per feature; the lowest training SSE is 'bmi':
        // y = 152.07653296894026 + 975.2769831271288 x, test RMSE 61.44605114652022
        BaselineInput input = OracleSplit.regression(Oracle.caseNamed("baselines", "baseline_diabetes_rs42_ts0.25"))
                .input();
        BaselineFit fit = new SingleFeatureLinearFit().fit(input);
        assertThat(fit.summary()).isEqualTo("y = 152.1 + 975.3 * 'bmi'");
        assertThat(fit.metric("rmse").value()).isCloseTo(61.44605114652022, within(1e-9));
    }

    @Test
    void aCategoricalLevelCanBeTheRule() {
        TrainingTruth train = new TrainingTruth(new int[] {1, 1, 0, 0, 0, 1}, null, null);
        Table trainTable = Table.of(CategoricalColumn.of("colour", "red", "red", "blue", "green", "blue", "red"),
                NumericColumn.of("noise", 1, 2, 3, 4, 5, 6));
        Table testTable = Table.of(CategoricalColumn.of("colour", "red", "blue", "purple"),
                NumericColumn.of("noise", 1, 1, 1));
        ClassificationOutcomes test = ClassificationOutcomes.binary(List.of("0", "1"), 1, new int[] {1, 0, 0},
                new int[] {1, 0, 0}, null, null);
        BaselineInput input = BaselineInput.of(train, trainTable, new int[] {0, 1, 2, 3, 4, 5}, test, testTable,
                new int[] {0, 1, 2}, types(trainTable));
        BaselineFit fit = new ThresholdRule().fit(input);
        assertThat(fit.summary()).isEqualTo("if 'colour' = 'red' then '1' else '0'");
        assertThat(((ClassificationOutcomes) fit.outcomes()).yPred()).containsExactly(1, 0, 0);
    }

    @Test
    void missingValuesAreImputedWithTheTrainingMeanAndFlagged() {
        TrainingTruth train = new TrainingTruth(new int[] {0, 0, 1, 1, 1}, null, new double[] {1, 1, 1, 1, 2});
        Table trainTable = Table.of(NumericColumn.of("x", 1, Double.NaN, 3, 4, 6),
                CategoricalColumn.of("c", ColumnType.CATEGORICAL, java.util.Arrays.asList("a", null, "b", "a", "b")));
        Table testTable = Table.of(NumericColumn.of("x", Double.NaN, 2),
                CategoricalColumn.of("c", ColumnType.CATEGORICAL, java.util.Arrays.asList(null, "zzz")));
        ClassificationOutcomes test = ClassificationOutcomes.binary(List.of("0", "1"), 1, new int[] {0, 1},
                new int[] {0, 1}, null, null);
        BaselineInput input = BaselineInput.of(train, trainTable, new int[] {0, 1, 2, 3, 4}, test, testTable,
                new int[] {0, 1}, types(trainTable));
        FeatureEncoding e = FeatureEncoding.of(input, true);
        // weighted mean of the present x: (1 + 3 + 4 + 2*6) / 5 = 4
        assertThat(e.columns().get(0).fill()).isEqualTo(4.0);
        assertThat(e.columns()).extracting(FeatureEncoding.Encoded::label).containsExactly("'x'", "'x' is missing",
                "'c' = 'a'", "'c' = 'b'", "'c' = '(missing)'");
        assertThat(e.test()[0][0]).isEqualTo(0.0); // a missing test value sits at the (standardised) mean
        assertThat(e.test()[1]).containsExactly(1.0, 0.0);
        assertThat(e.test()[4]).containsExactly(1.0, 0.0); // missing category
        assertThat(new double[] {e.test()[2][1], e.test()[3][1], e.test()[4][1]}).containsOnly(0.0); // unseen
        assertThat(new LogisticRegressionBaseline().fit(input).summary())
                .isEqualTo("logistic regression on 1 numeric and 1 categorical features (5 columns)");
    }

    @Test
    void logisticRegressionPredictsTheOnlyTrainingClassAndNoFeaturesMeansThePrior() {
        ClassificationOutcomes test = ClassificationOutcomes.binary(List.of("0", "1"), 1, new int[] {0, 1},
                new int[] {0, 1}, null, null);
        BaselineFit one = new LogisticRegressionBaseline().fit(BaselineInput.labelsOnly(
                new TrainingTruth(new int[] {1, 1}, null, null), test));
        assertThat(one.summary()).contains("only the class '1'");
        BaselineFit prior = new LogisticRegressionBaseline().fit(BaselineInput.labelsOnly(
                new TrainingTruth(new int[] {1, 1, 0, 1}, null, null), test));
        assertThat(((ClassificationOutcomes) prior.outcomes()).positiveScores()[0]).isCloseTo(0.75, within(1e-12));
        assertThat(prior.summary()).contains("intercept only");
    }

    @Test
    void forecastsFromTheEndOfTrainingOrOneStepAhead() {
        TrainingTruth train = new TrainingTruth(null, new double[] {1, 2, 3, 4, 5, 6, 7}, null);
        RegressionOutcomes test = RegressionOutcomes.of(new double[] {10, 20, 30, 40}, new double[4]);
        BaselineInput input = BaselineInput.labelsOnly(train, test);
        assertThat(predict(new LastValue(ForecastOrigin.END_OF_TRAINING), input)).containsExactly(7, 7, 7, 7);
        assertThat(predict(new LastValue(ForecastOrigin.ONE_STEP_AHEAD), input)).containsExactly(7, 10, 20, 30);
        // season 3: the last season is 5, 6, 7, repeated
        assertThat(predict(new SeasonalNaive(3, ForecastOrigin.END_OF_TRAINING), input)).containsExactly(5, 6, 7, 5);
        assertThat(predict(new SeasonalNaive(3, ForecastOrigin.ONE_STEP_AHEAD), input)).containsExactly(5, 6, 7, 10);
        assertThat(predict(new MovingAverage(2, ForecastOrigin.END_OF_TRAINING), input))
                .containsExactly(6.5, 6.5, 6.5, 6.5);
        assertThat(predict(new MovingAverage(2, ForecastOrigin.ONE_STEP_AHEAD), input))
                .containsExactly(6.5, 8.5, 15, 25);
    }

    @Test
    void aTimeColumnOrdersTheRows() {
        TrainingTruth train = new TrainingTruth(null, new double[] {3, 1, 2}, null);
        RegressionOutcomes test = RegressionOutcomes.of(new double[] {20, 10}, new double[2]);
        Table trainTable = Table.of(NumericColumn.of("t", 3, 1, 2));
        Table testTable = Table.of(NumericColumn.of("t", 5, 4));
        BaselineInput input = BaselineInput.of(train, trainTable, new int[] {0, 1, 2}, test, testTable,
                new int[] {0, 1}, Map.of()).orderedBy("t");
        assertThat(predict(new LastValue(ForecastOrigin.ONE_STEP_AHEAD), input)).containsExactly(10, 3);
    }

    @Test
    void theTeamsRuleIsReadFromATestColumn() {
        Table testTable = Table.of(CategoricalColumn.of("rule", "yes", "no", "yes"));
        ClassificationOutcomes test = ClassificationOutcomes.binary(List.of("no", "yes"), 1, new int[] {1, 0, 0},
                new int[] {1, 0, 0}, null, null);
        TrainingTruth train = new TrainingTruth(new int[] {0, 1}, null, null);
        BaselineInput input = BaselineInput.of(train, Table.of(CategoricalColumn.of("rule", "a", "b")),
                new int[] {0, 1}, test, testTable, new int[] {0, 1, 2}, Map.of());
        BaselineFit fit = new ExistingPredictions("rules", "rule", ExistingPredictions.Kind.LABEL, "current rules")
                .fit(input);
        assertThat(fit.metric("accuracy").value()).isCloseTo(2.0 / 3, within(1e-15));

        Table bad = Table.of(CategoricalColumn.of("rule", "yes", "maybe", "no"));
        BaselineInput badInput = BaselineInput.of(train, Table.of(CategoricalColumn.of("rule", "a", "b")),
                new int[] {0, 1}, test, bad, new int[] {0, 1, 2}, Map.of());
        assertThatThrownBy(() -> new ExistingPredictions("rules", "rule", ExistingPredictions.Kind.LABEL, null)
                .fit(badInput)).isInstanceOf(InvalidDataException.class)
                .hasMessage("baseline 'rules', column 'rule': data row 2 holds the label 'maybe', which is not one of "
                        + "the labels [no, yes]");
    }

    @Test
    void aStatedNumberAnswersForItsOwnMetric() {
        StatedBaseline human = new StatedBaseline("human_labellers", "accuracy", 0.93, 500, "2023 labelling audit");
        human.requireMetricOf(Task.BINARY);
        assertThat(human.metricValue("accuracy").value()).isEqualTo(0.93);
        assertThat(human.metricValue("f1").undefinedReason()).contains("states accuracy only");
        assertThatThrownBy(() -> new StatedBaseline("x", "acuracy", 0.9, 0, null).requireMetricOf(Task.BINARY))
                .hasMessageContaining("unknown metric 'acuracy'");
    }

    @Test
    void theRegistryListsEveryBaselineOfATask() {
        assertThat(Baselines.all(Task.BINARY, BaselineOptions.DEFAULTS)).extracting(Baseline::name)
                .containsExactly("most_frequent", "stratified_random", "threshold_rule", "logistic_regression");
        assertThat(Baselines.all(Task.REGRESSION, BaselineOptions.DEFAULTS)).extracting(Baseline::name)
                .containsExactly("train_mean", "train_median", "single_feature_linear", "ridge");
        assertThat(Baselines.all(Task.FORECAST, BaselineOptions.DEFAULTS.withSeason(7))).extracting(Baseline::name)
                .containsExactly("train_mean", "train_median", "single_feature_linear", "ridge", "last_value",
                        "seasonal_naive", "moving_average");
        assertThat(MetricCatalog.names(Task.BINARY)).contains("accuracy");
    }

    private static double[] predict(Baseline b, BaselineInput input) {
        return ((RegressionOutcomes) b.predict(input)).yPred();
    }

    private static Map<String, ColumnType> types(Table t) {
        Map<String, ColumnType> out = new LinkedHashMap<>();
        t.columns().forEach(c -> out.put(c.name(), c.type()));
        return out;
    }
}
