package dev.greenlight.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionsTest {

    @Test
    void suggestsTheClosestNameForATypo() {
        List<String> keys = List.of("target", "task", "model", "prediction");
        assertThat(Suggestions.closest("targt", keys)).contains("target");
        assertThat(Suggestions.closest("TASK", keys)).contains("task");
        assertThat(Suggestions.closest("predictoin", keys)).contains("prediction");
    }

    @Test
    void countsASwapOfNeighbouringLettersAsOneEdit() {
        assertThat(Suggestions.editDistance("scroe", "score")).isEqualTo(1);
        assertThat(Suggestions.closest("scroe", List.of("label", "score", "value"))).contains("score");
    }

    @Test
    void suggestsNothingForAnUnrelatedName() {
        assertThat(Suggestions.closest("zebra", List.of("target", "task"))).isEmpty();
        assertThat(Suggestions.didYouMean("zebra", List.of("target"))).isEmpty();
        assertThat(Suggestions.didYouMean("targe", List.of("target"))).isEqualTo(" (did you mean 'target'?)");
    }
}
