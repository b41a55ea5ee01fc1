package dev.greenlight.checklist;

import dev.greenlight.checklist.data.DatasetPreparer;
import dev.greenlight.checklist.data.EvaluationData;
import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.progress.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChecklistTest {

    @TempDir
    Path dir;

    static final Clock NOV_29 = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

    /** A check whose outcome the test chooses. */
    record Fixed(String id, int order, Status status) implements Check {
        @Override
        public CheckInfo info() {
            return new CheckInfo(id, order, id, "is " + id + " fine?");
        }

        @Override
        public CheckResult run(CheckContext context) {
            boolean na = status == Status.NOT_APPLICABLE;
            return new CheckResult(info(), status, na ? "Not applicable: nothing to check" : id + " is " + status,
                    List.of(), List.of(), List.of(), List.of(), null, List.of(), na ? "nothing to check" : null, null,
                    0, List.of());
        }
    }

    private ChecklistReport run(GreenlightConfig cfg, Check... checks) {
        EvaluationData data = DatasetPreparer.prepare(cfg, Progress.SILENT);
        return new Checklist(List.of(checks), "test", NOV_29).run(cfg, data, Progress.SILENT);
    }

    @Test
    void standardChecklistFindsTheChecksThroughTheServiceLoaderInOrder() {
        List<String> ids = Checklist.standard("test").checks().stream().map(CheckInfo::id).toList();
        List<String> expected = new ArrayList<>();
        for (ChecklistItem i : ChecklistItem.values()) {
            expected.add(i.id());
        }
        assertThat(ids).containsExactlyElementsOf(expected);
    }

    @Test
    void checksRunInOrderAndTheVerdictFollowsTheWorstStatus() {
        GreenlightConfig cfg = Fixture.good(dir);
        ChecklistReport r = run(cfg, new Fixed("b", 2, Status.WARN), new Fixed("a", 1, Status.PASS));
        assertThat(r.items()).extracting(i -> i.info().id()).containsExactly("a", "b");
        assertThat(r.verdict()).isEqualTo(Verdict.READY_WITH_WARNINGS);
        assertThat(run(cfg, new Fixed("a", 1, Status.PASS), new Fixed("n", 2, Status.NOT_APPLICABLE)).verdict())
                .isEqualTo(Verdict.READY);
        assertThat(run(cfg, new Fixed("a", 1, Status.FAIL), new Fixed("b", 2, Status.WARN)).verdict())
                .isEqualTo(Verdict.NOT_READY);
    }

    @Test
    void aCheckThatThrowsIsAnErrorAndTheOthersStillRun() {
        Check broken = new Check() {
            @Override
            public CheckInfo info() {
                return new CheckInfo("broken", 1, "Broken", "?");
            }

            @Override
            public CheckResult run(CheckContext context) {
                throw new IllegalStateException("boom");
            }
        };
        ChecklistReport r = run(Fixture.good(dir), broken, new Fixed("after", 2, Status.PASS));
        assertThat(r.items().get(0).status()).isEqualTo(Status.ERROR);
        assertThat(r.items().get(0).reason()).isEqualTo("boom");
        assertThat(r.items().get(1).status()).isEqualTo(Status.PASS);
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_READY);
    }

    @Test
    void twoChecksWithOneIdAreRejected() {
        assertThatThrownBy(() -> new Checklist(List.of(new Fixed("x", 1, Status.PASS), new Fixed("x", 2,
                Status.PASS)), "t", NOV_29)).hasMessageContaining("two checks share the id 'x'");
    }

    @Test
    void aWaiverTurnsAFailIntoWaivedAndKeepsTheOriginal() {
        GreenlightConfig cfg = Fixture.project(dir, Fixture.binaryCsv(1, 300, 3, 0), Fixture.binaryCsv(2, 100, 3, 0),
                y -> y + "waivers:\n  - {item: monitoring, reason: accepted in the release review, owner: ann, "
                        + "date: 2026-11-01}\n");
        ChecklistReport r = run(cfg, new Fixed("monitoring", 1, Status.FAIL));
        CheckResult x = r.items().get(0);
        assertThat(x.status()).isEqualTo(Status.WAIVED);
        assertThat(x.waiver().owner()).isEqualTo("ann");
        assertThat(x.waiver().originalStatus()).isEqualTo(Status.FAIL);
        assertThat(x.waiver().originalSummary()).isEqualTo("monitoring is FAIL");
        assertThat(r.verdict()).isEqualTo(Verdict.READY);
    }

    @Test
    void anExpiredWaiverIsNotApplied() {
        GreenlightConfig cfg = Fixture.project(dir, Fixture.binaryCsv(1, 300, 3, 0), Fixture.binaryCsv(2, 100, 3, 0),
                y -> y + "waivers:\n  - {item: monitoring, reason: accepted in the release review, owner: ann, "
                        + "date: 2026-10-01, expires: 2026-11-01}\n");
        CheckResult x = run(cfg, new Fixed("monitoring", 1, Status.FAIL)).items().get(0);
        assertThat(x.status()).isEqualTo(Status.FAIL);
        assertThat(x.findings()).anyMatch(f -> f.contains("expired on 2026-11-01"));
    }

    @Test
    void aWaiverDoesNotTouchAWarning() {
        GreenlightConfig cfg = Fixture.project(dir, Fixture.binaryCsv(1, 300, 3, 0), Fixture.binaryCsv(2, 100, 3, 0),
                y -> y + "waivers:\n  - {item: monitoring, reason: accepted in the release review, owner: ann, "
                        + "date: 2026-11-01}\n");
        CheckResult x = run(cfg, new Fixed("monitoring", 1, Status.WARN)).items().get(0);
        assertThat(x.status()).isEqualTo(Status.WARN);
        assertThat(x.findings()).anyMatch(f -> f.contains("it was not applied"));
    }

    @Test
    void reportIdentifiesConfigurationAndData() {
        ChecklistReport r = run(Fixture.good(dir), new Fixed("a", 1, Status.PASS));
        assertThat(r.configSha256()).hasSize(64);
        assertThat(r.datasets()).extracting(DatasetInfo::role).containsExactly("train", "test");
        assertThat(r.datasets().get(0).rows()).isEqualTo(600);
        assertThat(r.generatedAt()).isEqualTo(Instant.parse("2026-11-29T10:00:00Z"));
        assertThat(r.task()).isEqualTo("binary");
    }
}
