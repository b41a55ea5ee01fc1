package com.example.gate;

import dev.greenlight.api.Greenlight;
import dev.greenlight.checklist.ChecklistReport;
import dev.greenlight.checklist.Verdict;
import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.metrics.Task;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static dev.greenlight.assertions.GreenlightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model gate as a team writes it in its own test suite. */
class ModelReadinessTest {
    static final Path EXAMPLE = Path.of("..", "breast-cancer").toAbsolutePath().normalize();

    @Test
    void theBreastCancerModelMayShip() {
        ChecklistReport report = Greenlight.check(EXAMPLE.resolve("greenlight.yaml"));

        assertEquals(Verdict.READY_WITH_WARNINGS, report.verdict());
        assertTrue(ReadinessGate.mayShip(report));
        assertThat(report).isReadyOrWarns().hasNoErrors();
        assertThat(report).item("benchmark").passed();
        assertThat(report).item("responsible-ai").isWaived();
    }

    @Test
    void aHardGoalTheModelMissesStopsIt() {
        GreenlightConfig config = GreenlightConfig.builder().folder(EXAMPLE)
                .model("breast-cancer-gbm", "1.0.0")
                .task(Task.BINARY).target("target").set("positive_label", "0")
                .set("prediction.label", "prediction").set("prediction.score", "score")
                .train("train.csv").test("test.csv")
                .add("goals", Map.of("metric", "recall", "min", 0.999, "hard", true))
                .build();
        ChecklistReport report = Greenlight.check(config);

        assertFalse(ReadinessGate.mayShip(report));
        assertThat(report).isNotReady();
        assertThat(report).item("goals-and-limits").failed();
    }
}
