package dev.greenlight.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The other class of a binary task, when a window holds only one. */
class LabelsOneClassTest {

    @Test
    void theUsualCounterpartsInScikitLearnsOrder() {
        assertThat(Labels.binaryFromOne("1", null)).containsExactly("0", "1");
        assertThat(Labels.binaryFromOne("0", null)).containsExactly("0", "1");
        assertThat(Labels.binaryFromOne("1.0", null)).containsExactly("0.0", "1.0");
        assertThat(Labels.binaryFromOne("yes", null)).containsExactly("no", "yes");
        assertThat(Labels.binaryFromOne("True", null)).containsExactly("False", "True");
        assertThat(Labels.binaryFromOne("N", null)).containsExactly("N", "Y");
    }

    @Test
    void aNamedPositiveLabelIsTheOtherClassAndAnUnknownLabelHasNone() {
        assertThat(Labels.binaryFromOne("cat", "dog")).containsExactly("cat", "dog");
        assertThat(Labels.binaryFromOne("cat", null)).isEqualTo(List.of());
        assertThat(Labels.binaryFromOne("7", null)).isEqualTo(List.of());
    }
}
