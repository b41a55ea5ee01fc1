package dev.greenlight.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnitAggregationTest {

    @Test
    void aVideoIsPositiveWhenAnySegmentIsAndPredictedByItsRule() {
        // video a: segments 0 0 1, predicted 0 0 0; video b: 0 0, predicted 1 0
        ClassificationOutcomes rows = ClassificationOutcomes.binary(List.of("0", "1"), 1, new int[]{0, 0, 1, 0, 0},
                new int[]{0, 0, 0, 1, 0}, new double[]{0.1, 0.2, 0.4, 0.9, 0.3}, null);
        String[] video = {"a", "a", "a", "b", "b"};
        ClassificationOutcomes any = (ClassificationOutcomes) UnitAggregation.aggregate(rows, video,
                UnitAggregation.Rule.ANY);
        assertThat(any.yTrue()).containsExactly(1, 0);
        assertThat(any.yPred()).containsExactly(0, 1);
        assertThat(any.positiveScores()).containsExactly(0.4, 0.9);
        ClassificationOutcomes mean = (ClassificationOutcomes) UnitAggregation.aggregate(rows, video,
                UnitAggregation.Rule.MEAN);
        assertThat(mean.yPred()).containsExactly(0, 1);
        assertThat(mean.positiveScores()[1]).isEqualTo(0.6);
    }

    @Test
    void regressionUnitsAverageOrTakeTheLargest() {
        RegressionOutcomes rows = RegressionOutcomes.of(new double[]{1, 3, 10}, new double[]{2, 2, 7});
        String[] customer = {"x", "x", "y"};
        RegressionOutcomes mean = (RegressionOutcomes) UnitAggregation.aggregate(rows, customer,
                UnitAggregation.Rule.MEAN);
        assertThat(mean.yTrue()).containsExactly(2, 10);
        assertThat(mean.yPred()).containsExactly(2, 7);
        RegressionOutcomes max = (RegressionOutcomes) UnitAggregation.aggregate(rows, customer,
                UnitAggregation.Rule.MAX);
        assertThat(max.yTrue()).containsExactly(3, 10);
        assertThatThrownBy(() -> UnitAggregation.aggregate(rows, customer, UnitAggregation.Rule.ANY))
                .hasMessageContaining("'any' combines class labels");
    }
}
