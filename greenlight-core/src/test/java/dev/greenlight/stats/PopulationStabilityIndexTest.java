package dev.greenlight.stats;

import dev.greenlight.error.InvalidDataException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PopulationStabilityIndexTest {
    private static final double[] SPLIT_AT_ZERO = {Double.NEGATIVE_INFINITY, 0, Double.POSITIVE_INFINITY};

    @Test
    void twoBinsByHand() {
        // shares 1/2, 1/2 -> 1/4, 3/4: PSI = (1/4 - 1/2) ln(1/2) + (3/4 - 1/2) ln(3/2) = ln(3) / 4
        PsiResult r = PopulationStabilityIndex.fromEdges(new double[] {-1, -1, 1, 1}, new double[] {-1, 1, 1, 1},
                SPLIT_AT_ZERO);

        assertThat(r.referenceCounts()).containsExactly(2, 2);
        assertThat(r.currentCounts()).containsExactly(1, 3);
        assertThat(r.binTerms()[0]).isCloseTo(0.25 * Math.log(2), within(1e-16));
        assertThat(r.psi()).isCloseTo(Math.log(3) / 4, within(1e-15));
    }

    @Test
    void aValueOnAnInnerEdgeGoesRight() {
        PsiResult r = PopulationStabilityIndex.fromEdges(new double[] {-1, 0}, new double[] {0, 0}, SPLIT_AT_ZERO);

        assertThat(r.referenceCounts()).containsExactly(1, 1);
        assertThat(r.currentCounts()).containsExactly(0, 2);
    }

    @Test
    void anEmptyBinTakesEpsilonWithoutRenormalising() {
        PsiResult r = PopulationStabilityIndex.fromEdges(new double[] {-1, 1}, new double[] {-2, -1}, SPLIT_AT_ZERO);

        assertThat(r.currentProportions()).containsExactly(1.0, 1e-4);
        assertThat(r.psi()).isCloseTo((1 - 0.5) * Math.log(1 / 0.5) + (1e-4 - 0.5) * Math.log(1e-4 / 0.5),
                within(1e-15));
        assertThat(PopulationStabilityIndex.fromEdges(new double[] {-1, 1}, new double[] {-2, -1}, SPLIT_AT_ZERO, 1e-6)
                .currentProportions()).containsExactly(1.0, 1e-6);
    }

    @Test
    void missingAndOutOfRangeValuesAreNotBinned() {
        double[] edges = {0, 1, 2};
        PsiResult r = PopulationStabilityIndex.fromEdges(new double[] {0.5, Double.NaN, 1.5, 7},
                new double[] {0.5, 2, -1}, edges);

        assertThat(r.referenceTotal()).isEqualTo(2);
        assertThat(r.currentCounts()).as("the last edge is inside the last bin").containsExactly(1, 1);
    }

    @Test
    void infiniteValuesFallInTheOuterBins() {
        PsiResult r = PopulationStabilityIndex.fromEdges(new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY},
                new double[] {1}, SPLIT_AT_ZERO);

        assertThat(r.referenceCounts()).containsExactly(1, 1);
    }

    @Test
    void countsOfCategoriesGiveTheSameIndex() {
        PsiResult fromCounts = PopulationStabilityIndex.fromCounts(new long[] {2, 2}, new long[] {1, 3});

        assertThat(fromCounts.psi()).isCloseTo(Math.log(3) / 4, within(1e-15));
        assertThat(fromCounts.epsilon()).isEqualTo(PopulationStabilityIndex.DEFAULT_EPSILON);
    }

    @Test
    void invalidInputIsRejected() {
        assertThatThrownBy(() -> PopulationStabilityIndex.fromEdges(new double[] {1}, new double[] {1},
                new double[] {0, 0, 1})).isInstanceOf(InvalidDataException.class).hasMessageContaining("increasing");
        assertThatThrownBy(() -> PopulationStabilityIndex.fromEdges(new double[] {5}, new double[] {0.5},
                new double[] {0, 1})).isInstanceOf(InvalidDataException.class).hasMessageContaining("reference");
        assertThatThrownBy(() -> PopulationStabilityIndex.fromCounts(new long[] {1, 2}, new long[] {1}))
                .isInstanceOf(InvalidDataException.class);
        assertThatThrownBy(() -> PopulationStabilityIndex.fromCounts(new long[] {1}, new long[] {1}, 0))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("epsilon");
    }
}
