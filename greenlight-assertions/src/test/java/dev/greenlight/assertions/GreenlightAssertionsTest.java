package dev.greenlight.assertions;

import dev.greenlight.api.Greenlight;
import dev.greenlight.checklist.ChecklistReport;
import dev.greenlight.checklist.Status;
import dev.greenlight.checklist.Verdict;
import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.metrics.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static dev.greenlight.assertions.GreenlightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GreenlightAssertionsTest {
    static final Path EXAMPLE = Path.of("..", "examples", "breast-cancer").toAbsolutePath().normalize();
    static ChecklistReport ready;
    static ChecklistReport notReady;

    @BeforeAll
    static void runTheChecklist() {
        ready = Greenlight.check(EXAMPLE.resolve("greenlight.yaml"));
        GreenlightConfig tooStrict = GreenlightConfig.builder().folder(EXAMPLE)
                .model("breast-cancer-gbm", "1.0.0").task(Task.BINARY).target("target")
                .set("positive_label", "0").set("prediction.label", "prediction").set("prediction.score", "score")
                .train("train.csv").test("test.csv")
                .add("goals", Map.of("metric", "accuracy", "min", 0.995, "hard", true)).build();
        notReady = Greenlight.check(tooStrict);
    }

    @Test
    void aModelThatOnlyWarnsPassesTheLenientGate() {
        assertThat(ready).isReadyOrWarns().hasNoErrors().hasVerdict(Verdict.READY_WITH_WARNINGS);
        assertThat(ready).item("baseline").passedOrWarned().hasStatus(Status.WARN)
                .hasEvidence(ready.item("baseline").orElseThrow().evidence().get(0).name());
        assertThat(ready).item("responsible-ai").isWaived();
        String passing = ready.items().stream().filter(r -> r.status() == Status.PASS).findFirst().orElseThrow()
                .info().id();
        assertThat(ready).item(passing).passed().passedOrWarned();
    }

    @Test
    void theStrictGateNamesTheItemThatWarned() {
        assertThatThrownBy(() -> assertThat(ready).isReady())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected model 'breast-cancer-gbm' to be READY but it is READY_WITH_WARNINGS")
                .hasMessageContaining("WARN baseline: The model is not distinguishable from");
    }

    @Test
    void aFailedGateSaysWhichItemAndWhy() {
        assertThatThrownBy(() -> assertThat(ready).isNotReady())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected model 'breast-cancer-gbm' to be NOT_READY but it is READY");
        assertThatThrownBy(() -> assertThat(ready).item("responsible-ai").passed())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected item 'responsible-ai' to be PASS but it is:")
                .hasMessageContaining("WAIVED responsible-ai: ");
        assertThatThrownBy(() -> assertThat(ready).item("model-card"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected an item 'model-card' but the checklist ran: baseline, ");
        assertThatThrownBy(() -> assertThat(ready).item("baseline").hasEvidence("no such figure"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have evidence 'no such figure' but it has: ");
    }

    @Test
    void aModelThatMissesAHardGoalIsNotReady() {
        assertThat(notReady).isNotReady();
        assertThat(notReady).item("goals-and-limits").failed();
        assertThatThrownBy(() -> assertThat(notReady).isReady())
                .hasMessageContaining("to be READY but it is NOT_READY")
                .hasMessageContaining("FAIL goals-and-limits: ");
        assertThatThrownBy(() -> assertThat(notReady).isReadyOrWarns())
                .hasMessageContaining("FAIL goals-and-limits: ");
        assertThatThrownBy(() -> assertThat(notReady.item("goals-and-limits").orElseThrow()).passedOrWarned())
                .hasMessageContaining("expected item 'goals-and-limits' to pass or warn");
    }
}
