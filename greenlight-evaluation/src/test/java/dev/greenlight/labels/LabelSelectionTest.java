package dev.greenlight.labels;

import dev.greenlight.error.InvalidDataException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LabelSelectionTest {

    private static SelectionInput binary(double... scores) {
        double[][] p = new double[scores.length][];
        for (int i = 0; i < scores.length; i++) {
            p[i] = new double[] {1 - scores[i], scores[i]};
        }
        return new SelectionInput(scores.length, p, null, null);
    }

    @Test
    void uncertaintyPicksTheRowsClosestToTheDecisionBoundary() {
        SelectionInput in = binary(0.01, 0.97, 0.48, 0.7, 0.55, 0.2, 0.51, 0.9);
        for (SelectionStrategy s : new SelectionStrategy[] {SelectionStrategy.UNCERTAINTY, SelectionStrategy.MARGIN,
            SelectionStrategy.ENTROPY}) {
            Selection sel = LabelSelection.select(in, s, 3, 42);
            assertThat(sel.rows()).as(s.key()).containsExactly(6, 2, 4);
        }
        assertThat(LabelSelection.select(in, SelectionStrategy.MARGIN, 1, 42).priority()[0])
                .isCloseTo(0.02, within(1e-12));
    }

    @Test
    void multiclassMarginAndLeastConfidenceDiffer() {
        // row 0: 0.4/0.4/0.2 (margin 0, top 0.4); row 1: 0.35/0.33/0.32 (margin 0.02, top 0.35)
        double[][] p = {{0.4, 0.4, 0.2}, {0.35, 0.33, 0.32}, {0.9, 0.05, 0.05}};
        SelectionInput in = new SelectionInput(3, p, null, null);
        assertThat(LabelSelection.select(in, SelectionStrategy.MARGIN, 1, 1).rows()).containsExactly(0);
        assertThat(LabelSelection.select(in, SelectionStrategy.UNCERTAINTY, 1, 1).rows()).containsExactly(1);
        assertThat(LabelSelection.select(in, SelectionStrategy.ENTROPY, 1, 1).rows()).containsExactly(1);
    }

    @Property(tries = 50)
    void randomIsDeterministicBySeedAndDrawsDistinctRows(@ForAll @IntRange(min = 1, max = 60) int budget,
                                                         @ForAll long seed) {
        SelectionInput in = new SelectionInput(60, null, null, null);
        int[] a = LabelSelection.select(in, SelectionStrategy.RANDOM, budget, seed).rows();
        int[] b = LabelSelection.select(in, SelectionStrategy.RANDOM, budget, seed).rows();
        assertThat(a).containsExactly(b);
        assertThat(Arrays.stream(a).distinct().count()).isEqualTo(budget);
        assertThat(Arrays.stream(a).allMatch(r -> r >= 0 && r < 60)).isTrue();
    }

    @Test
    void differentSeedsDrawDifferentSamples() {
        SelectionInput in = new SelectionInput(1000, null, null, null);
        assertThat(LabelSelection.select(in, SelectionStrategy.RANDOM, 10, 1).rows())
                .isNotEqualTo(LabelSelection.select(in, SelectionStrategy.RANDOM, 10, 2).rows());
    }

    @Test
    void stratifiedKeepsTheStrataShares() {
        int[] strata = new int[100];
        for (int i = 0; i < 100; i++) {
            strata[i] = i < 70 ? 0 : i < 95 ? 1 : 2; // 70 / 25 / 5
        }
        int[] rows = LabelSelection.select(new SelectionInput(100, null, strata, null), SelectionStrategy.STRATIFIED,
                20, 7).rows();
        // exact shares 14 / 5 / 1
        assertThat(Arrays.stream(rows).filter(r -> strata[r] == 0).count()).isEqualTo(14);
        assertThat(Arrays.stream(rows).filter(r -> strata[r] == 1).count()).isEqualTo(5);
        assertThat(Arrays.stream(rows).filter(r -> strata[r] == 2).count()).isEqualTo(1);
    }

    @Test
    void diversityCoversEveryClusterBeforeRepeatingOne() {
        // three tight clusters of 30 rows on very different scales; standardising keeps both features in play
        double[][] f = new double[90][];
        for (int i = 0; i < 90; i++) {
            int c = i / 30;
            f[i] = new double[] {c * 1000.0 + (i % 30) * 0.01, c == 1 ? 5.0 + (i % 30) * 1e-4 : 0.0};
        }
        Selection sel = LabelSelection.select(new SelectionInput(90, null, null, f), SelectionStrategy.DIVERSITY, 3,
                42);
        assertThat(Arrays.stream(sel.rows()).map(r -> r / 30).distinct().count()).isEqualTo(3);
        assertThat(sel.priority()[0]).isInfinite();
        assertThat(sel.priority()[1]).isGreaterThan(sel.priority()[2] * 0.99);
        assertThat(LabelSelection.select(new SelectionInput(90, null, null, f), SelectionStrategy.DIVERSITY, 10, 42)
                .rows()).doesNotHaveDuplicates();
    }

    @Test
    void duplicatesNeverPickTheSameRowTwice() {
        double[][] f = new double[5][];
        Arrays.fill(f, new double[] {1.0});
        int[] rows = LabelSelection.select(new SelectionInput(5, null, null, f), SelectionStrategy.DIVERSITY, 5, 3)
                .rows();
        assertThat(rows).doesNotHaveDuplicates().hasSize(5);
    }

    @Test
    void clearErrors() {
        assertThatThrownBy(() -> LabelSelection.select(new SelectionInput(5, null, null, null),
                SelectionStrategy.RANDOM, 6, 42)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("--budget 6").hasMessageContaining("5");
        assertThatThrownBy(() -> LabelSelection.select(new SelectionInput(5, null, null, null),
                SelectionStrategy.MARGIN, 2, 42)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("--score or --proba-prefix");
        assertThatThrownBy(() -> SelectionStrategy.named("marign")).hasMessageContaining("margin");
    }
}
