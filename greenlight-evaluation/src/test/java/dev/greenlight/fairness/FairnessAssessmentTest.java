package dev.greenlight.fairness;

import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.RegressionOutcomes;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Hand-computed cases of Fairlearn's definitions (fairlearn.metrics, method="between_groups"). */
class FairnessAssessmentTest {

    // group A: y 1 1 0 0, pred 1 0 1 0; group B: y 1 1 1 0 0 0, pred 1 1 1 0 0 1
    private static final int[] Y = {1, 1, 0, 0, 1, 1, 1, 0, 0, 0};
    private static final int[] P = {1, 0, 1, 0, 1, 1, 1, 0, 0, 1};

    private static Map<String, int[]> groups() {
        Map<String, int[]> g = new LinkedHashMap<>();
        g.put("A", new int[]{0, 1, 2, 3});
        g.put("B", new int[]{4, 5, 6, 7, 8, 9});
        return g;
    }

    @Test
    void ratesPerGroupMatchTheirDefinitions() {
        ClassificationOutcomes o = ClassificationOutcomes.binary(List.of("0", "1"), 1, Y, P, null, null);
        FairnessAssessment f = FairnessAssessment.of("group", o, groups());
        GroupRates a = f.rates().get(0);
        GroupRates b = f.rates().get(1);
        assertThat(a.selectionRate().value()).isEqualTo(0.5);
        assertThat(a.truePositiveRate().value()).isEqualTo(0.5);
        assertThat(a.falsePositiveRate().value()).isEqualTo(0.5);
        assertThat(b.selectionRate().value()).isCloseTo(4.0 / 6, within(1e-15));
        assertThat(b.truePositiveRate().value()).isEqualTo(1.0);
        assertThat(b.falsePositiveRate().value()).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(b.precision().value()).isEqualTo(0.75);
        assertThat(b.accuracy().value()).isCloseTo(5.0 / 6, within(1e-15));
        // Wilson interval around 1/2 on 4 rows (statsmodels proportion_confint(2, 4, method='wilson'))
        assertThat(a.selectionRate().low()).isCloseTo(0.15003898915214947, within(1e-12));
        assertThat(a.selectionRate().high()).isCloseTo(0.8499610108478506, within(1e-12));
    }

    @Test
    void disparitiesFollowFairlearn() {
        ClassificationOutcomes o = ClassificationOutcomes.binary(List.of("0", "1"), 1, Y, P, null, null);
        Disparities d = FairnessAssessment.of("group", o, groups()).disparities();
        assertThat(d.demographicParityDifference()).isCloseTo(4.0 / 6 - 0.5, within(1e-15));
        assertThat(d.demographicParityRatio()).isCloseTo(0.75, within(1e-15));
        assertThat(d.equalOpportunityDifference()).isEqualTo(0.5);
        assertThat(d.equalizedOddsDifference()).isEqualTo(0.5);
        assertThat(d.equalizedOddsRatio()).isEqualTo(0.5);
        assertThat(d.disparateImpactRatio()).isCloseTo(0.75, within(1e-15));
        assertThat(d.passesFourFifths()).isFalse();
    }

    @Test
    void sampleWeightsWeightTheRates() {
        double[] w = {2, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        ClassificationOutcomes o = ClassificationOutcomes.binary(List.of("0", "1"), 1, Y, P, null, w);
        GroupRates a = FairnessAssessment.of("group", o, groups()).rates().get(0);
        assertThat(a.selectionRate().value()).isEqualTo(3.0 / 5);
        assertThat(a.truePositiveRate().value()).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(a.selectionRate().hasInterval()).isFalse();
    }

    @Test
    void aGroupWithoutPositivesIsLeftOutOfTheOpportunityDifference() {
        int[] y = {0, 0, 1, 1};
        int[] p = {1, 0, 1, 0};
        Map<String, int[]> g = new LinkedHashMap<>();
        g.put("A", new int[]{0, 1});
        g.put("B", new int[]{2, 3});
        Disparities d = FairnessAssessment.of("g", ClassificationOutcomes.binary(List.of("0", "1"), 1, y, p, null,
                null), g).disparities();
        assertThat(d.equalOpportunityDifference()).isNaN();
        assertThat(d.demographicParityDifference()).isZero();
    }

    @Test
    void regressionErrorsPerGroup() {
        RegressionOutcomes o = RegressionOutcomes.of(new double[]{1, 2, 3, 4}, new double[]{2, 2, 1, 4});
        Map<String, int[]> g = new LinkedHashMap<>();
        g.put("x", new int[]{0, 1});
        g.put("y", new int[]{2, 3});
        FairnessAssessment f = FairnessAssessment.of("g", o, g);
        assertThat(f.errors().get(0).meanError()).isEqualTo(0.5);
        assertThat(f.errors().get(0).mae()).isEqualTo(0.5);
        assertThat(f.errors().get(1).meanError()).isEqualTo(-1.0);
        assertThat(f.maeGap()).isEqualTo(0.5);
    }

    @Test
    void intersectionsJoinTheGroupsOfEachAttribute() {
        Map<String, int[]> g = FairnessAssessment.intersect(List.of("sex", "age"), List.of(
                new String[]{"F", "M", "F"}, new String[]{"young", "young", "old"}));
        assertThat(g.keySet()).containsExactly("sex=F, age=old", "sex=F, age=young", "sex=M, age=young");
        assertThat(g.get("sex=F, age=young")).containsExactly(0);
    }
}
