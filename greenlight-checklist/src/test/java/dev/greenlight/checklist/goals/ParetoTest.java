package dev.greenlight.checklist.goals;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ParetoTest {
    /** Objectives: quality (higher is better), latency and memory (lower is better). */
    static final boolean[] DIRECTIONS = {true, false, false};

    @Test
    void anOptionWorseOnEveryObjectiveIsDominated() {
        List<Double[]> options = List.of(new Double[]{0.99, 1.0, 100.0}, new Double[]{0.95, 2.0, 150.0},
                new Double[]{0.90, 0.1, 300.0});
        assertThat(Pareto.optimal(options, DIRECTIONS)).containsExactly(true, false, true);
    }

    @Test
    void equalOnEveryObjectiveIsNotDomination() {
        List<Double[]> options = List.of(new Double[]{0.9, 1.0, 1.0}, new Double[]{0.9, 1.0, 1.0});
        assertThat(Pareto.optimal(options, DIRECTIONS)).containsExactly(true, true);
        assertThat(Pareto.dominates(options.get(0), new Double[]{0.9, 1.0, 2.0}, DIRECTIONS)).isTrue();
    }

    @Test
    void anUnknownFigureIsLeftOutOfTheComparison() {
        // a remote model's memory is unknown: it is compared on quality and latency alone
        List<Double[]> options = List.of(new Double[]{0.95, 1.0, 100.0}, new Double[]{0.95, 2.0, null},
                new Double[]{null, null, null});
        assertThat(Pareto.optimal(options, DIRECTIONS)).containsExactly(true, false, true);
    }
}
