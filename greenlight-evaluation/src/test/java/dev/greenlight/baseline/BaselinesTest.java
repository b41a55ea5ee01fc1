package dev.greenlight.baseline;

import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.RegressionOutcomes;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BaselinesTest {

    @Test
    void mostFrequentClassPredictsTheTrainingMajorityWithTheTrainingPrior() {
        TrainingTruth train = new TrainingTruth(new int[]{0, 1, 1, 1}, null, null);
        ClassificationOutcomes test = ClassificationOutcomes.binary(List.of("0", "1"), 1, new int[]{0, 0, 1},
                new int[]{0, 0, 1}, new double[]{0.1, 0.2, 0.9}, null);
        ClassificationOutcomes b = (ClassificationOutcomes) new MostFrequentClass().predict(BaselineInput.labelsOnly(train, test));
        assertThat(b.yPred()).containsExactly(1, 1, 1);
        assertThat(b.positiveScores()).containsExactly(0.75, 0.75, 0.75);
        assertThat(b.yTrue()).containsExactly(0, 0, 1);
    }

    @Test
    void mostFrequentClassBreaksTiesTowardsTheFirstLabelAndUsesWeights() {
        TrainingTruth tie = new TrainingTruth(new int[]{2, 0, 2, 0, 1}, null, null);
        ClassificationOutcomes test = ClassificationOutcomes.multiclass(List.of("a", "b", "c"), new int[]{0, 1},
                new int[]{0, 1}, null, null);
        assertThat(((ClassificationOutcomes) new MostFrequentClass().predict(BaselineInput.labelsOnly(tie, test))).yPred()).containsOnly(0);
        TrainingTruth weighted = new TrainingTruth(new int[]{2, 0, 0}, null, new double[]{5, 1, 1});
        ClassificationOutcomes w = (ClassificationOutcomes) new MostFrequentClass().predict(BaselineInput.labelsOnly(weighted, test));
        assertThat(w.yPred()).containsOnly(2);
        assertThat(w.probabilities()[2][0]).isEqualTo(5.0 / 7);
    }

    @Test
    void meanAndMedianBaselinesMatchNumpy() {
        TrainingTruth train = new TrainingTruth(null, new double[]{1, 2, 10, 3}, null);
        RegressionOutcomes test = RegressionOutcomes.of(new double[]{4, 5}, new double[]{0, 0});
        assertThat(((RegressionOutcomes) new TrainMean().predict(BaselineInput.labelsOnly(train, test))).yPred()).containsOnly(4.0);
        assertThat(((RegressionOutcomes) new TrainMedian().predict(BaselineInput.labelsOnly(train, test))).yPred()).containsOnly(2.5);
    }
}
