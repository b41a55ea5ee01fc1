package dev.greenlight.checklist;

import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.checklist.evidence.Threshold;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The measure, conditions, summary template, on a check small enough to read in one go. */
class MeasuredCheckTest {

    /** Measures a share given to it; its one condition wants at most 0.5. */
    static final class ShareCheck extends MeasuredCheck<Double> {
        private final double share;
        private final String notRun;
        private final String evidenceJudged;

        ShareCheck(double share, String notRun, String evidenceJudged) {
            this.share = share;
            this.notRun = notRun;
            this.evidenceJudged = evidenceJudged;
        }

        @Override
        public CheckInfo info() {
            return new CheckInfo("share", 100, "Share", "Is the share small?");
        }

        @Override
        protected Double measure(CheckContext ctx, Measurements out) {
            if (Double.isNaN(share)) {
                out.notApplicable("nothing to measure");
                return null;
            }
            out.evidence(Evidence.number("share", "share of bad rows", share, "count / rows", 10, "test"));
            if (notRun != null) {
                out.notRun(notRun);
            }
            return share;
        }

        @Override
        protected List<Condition<Double>> conditions(CheckContext ctx) {
            return List.of(Condition.of("small-share", "the share is at most 0.5", s -> ConditionResult.of(
                    "small-share", s <= 0.5, Status.FAIL, "the share is " + s).on(evidenceJudged,
                    Threshold.atMost(0.5, "default of checks.share.max"))));
        }

        @Override
        protected String passSummary(Double measured) {
            return "The share " + measured + " is small.";
        }
    }

    @Test
    void aConditionThatHoldsPassesAndTheEvidenceCarriesItsThreshold() {
        CheckResult r = new ShareCheck(0.2, null, "share").run(null);
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(r.summary()).isEqualTo("The share 0.2 is small.");
        assertThat(r.evidence("share").orElseThrow().threshold()).isEqualTo(Threshold.atMost(0.5,
                "default of checks.share.max"));
        assertThat(r.conditions("small-share")).singleElement().extracting(ConditionResult::status)
                .isEqualTo(Status.PASS);
        assertThat(r.unmet()).isEmpty();
    }

    @Test
    void aConditionThatDoesNotHoldGivesItsStatusAndMessage() {
        CheckResult r = new ShareCheck(0.7, null, "share").run(null);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(r.summary()).isEqualTo("the share is 0.7.");
        assertThat(r.unmet()).extracting(ConditionResult::condition).containsExactly("small-share");
    }

    @Test
    void aComparisonThatDidNotRunMakesTheCheckWarnEvenWhenEveryConditionHolds() {
        CheckResult r = new ShareCheck(0.2, "train vs test: not compared (column 'x' is empty)", "share").run(null);
        assertThat(r.status()).isEqualTo(Status.WARN);
        assertThat(r.summary()).isEqualTo("train vs test: not compared (column 'x' is empty).");
        assertThat(r.conditions(ConditionResult.DID_NOT_RUN)).singleElement().extracting(ConditionResult::status)
                .isEqualTo(Status.WARN);
    }

    @Test
    void aFailBeatsADidNotRunAndComesFirstInTheSummary() {
        CheckResult r = new ShareCheck(0.9, "a comparison", "share").run(null);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(r.summary()).isEqualTo("the share is 0.9; a comparison.");
    }

    @Test
    void aCheckThatDoesNotApplySaysWhy() {
        CheckResult r = new ShareCheck(Double.NaN, null, "share").run(null);
        assertThat(r.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(r.reason()).isEqualTo("nothing to measure");
    }

    @Test
    void aConditionThatNamesEvidenceTheCheckDidNotRecordIsABug() {
        assertThatThrownBy(() -> new ShareCheck(0.2, null, "no-such-figure").run(null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'no-such-figure'");
    }

    @Test
    void twoFiguresCannotShareAnId() {
        Measurements m = new Measurements().evidence(Evidence.text("a", "first", "x", "y"));
        assertThatThrownBy(() -> m.evidence(Evidence.text("a", "second", "x", "y")))
                .isInstanceOf(IllegalStateException.class);
    }
}
