package dev.greenlight.checklist.plan;

import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.ConditionResult;
import dev.greenlight.checklist.Measurements;
import dev.greenlight.checklist.data.ModelOutcomes;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.config.GreenlightConfig.ModelConfig;
import dev.greenlight.error.GreenlightException;
import dev.greenlight.metrics.Bootstrap;
import dev.greenlight.metrics.ConfidenceInterval;
import dev.greenlight.model.BatchScorer;
import dev.greenlight.model.FallbackModel;
import dev.greenlight.model.Model;
import dev.greenlight.model.ModelContext;
import dev.greenlight.model.ModelException;
import dev.greenlight.model.Predictions;
import dev.greenlight.table.Table;
import dev.greenlight.text.Figures;
import dev.greenlight.progress.Progress;

import java.time.Duration;
import java.util.Arrays;

/**
 * Exercises the declared fallback model on the test set: its quality (the primary metric with a bootstrap
 * interval, beside the primary's); that it answers every row when the primary fails; that it answers within the
 * primary's timeout when the primary stalls; and whether the primary itself answers within that timeout. The
 * failures are Greenlight's own stand-ins for the primary (one that throws, one that never returns), so the
 * evidence is about the fallback path, not about the primary's reliability.
 */
final class FallbackExercise {
    static final int RESAMPLES = 1000;
    static final long SEED = 42;

    private FallbackExercise() {
    }

    /** Adds the evidence; returns what the data says about the fallback. */
    static ConditionResult addTo(CheckContext ctx, Measurements b) {
        var declared = ctx.config().fallbackModel();
        if (declared.isEmpty()) {
            b.finding("No fallback model is declared (a model with role: fallback), so the plan's fallback cannot be "
                    + "exercised on the test set.");
            return null;
        }
        ModelConfig fallback = declared.get();
        ModelConfig primary = ctx.config().primaryModel().orElseThrow();
        ModelContext context = ModelOutcomes.context(ctx.data());
        Table rows = ctx.data().test().table();
        try (Model fb = ctx.models().load(fallback, context); Model main = ctx.models().load(primary, context)) {
            Predictions direct = fb.predict(rows);
            addQuality(ctx, b, fallback, primary, direct);
            ConditionResult verdict = exercise(ctx, b, primary, main, fallback, fb, rows, direct);
            return verdict;
        } catch (GreenlightException e) {
            b.finding("The fallback could not be exercised: " + e.getMessage());
            return ConditionResult.fail("fallback-works", "the declared fallback '" + fallback.name() + "' cannot "
                    + "score the test set");
        }
    }

    private static void addQuality(CheckContext ctx, Measurements b, ModelConfig fallback,
                                   ModelConfig primary, Predictions direct) {
        String metric = ctx.primaryMetric();
        var outcomes = ModelOutcomes.of(ctx.config(), ctx.data(), ctx.data().test(), direct, fallback.name());
        ConfidenceInterval ci = Bootstrap.seeded(SEED).resamples(RESAMPLES).interval(metric, outcomes).interval();
        var mine = ctx.metric("test", metric);
        if (Double.isNaN(ci.value())) {
            b.finding("The fallback's " + metric + " is undefined on test: " + ci.undefinedReason());
            return;
        }
        Evidence e = Evidence.number(Evidence.id("fallback", metric, "test"), "fallback '" + fallback.name()
                + "' " + metric + " (test)", ci.value(),
                "scikit-learn definition of " + metric + "; " + RESAMPLES + "-resample bootstrap interval",
                outcomes.size(), "test");
        b.evidence(ci.isDefined() ? e.withInterval(ci.low(), ci.high()) : e);
        if (mine.isDefined()) {
            b.finding("When the fallback '" + fallback.name() + "' serves, " + metric + " on test is "
                    + Figures.format(ci.value()) + (ci.isDefined() ? " (95% interval " + Figures.format(ci.low())
                    + " to " + Figures.format(ci.high()) + ")" : "") + ", against " + Figures.format(mine.value())
                    + " for the primary '" + primary.name() + "'.");
        }
    }

    private static ConditionResult exercise(CheckContext ctx, Measurements b, ModelConfig primary,
                                                  Model main, ModelConfig fallback, Model fb, Table rows,
                                                  Predictions direct) {
        int n = rows.rowCount();
        Duration timeout = primary.timeoutOrDefault();
        Model borrowed = fb::predict;  // the wrappers below close what they hold; these models are closed by the caller
        Model failing = r -> {
            throw new ModelException("the primary was made to fail by the exercise");
        };
        try (FallbackModel m = new FallbackModel(primary.name(), failing, timeout, fallback.name(), borrowed)) {
            BatchScorer.Scored s = BatchScorer.score(m, rows, BatchScorer.DEFAULT_BATCH_SIZE,
                    Progress.SILENT);
            boolean same = same(s.predictions(), direct);
            b.evidence(Evidence.number("fallback.rows_answered", "test rows the fallback answered when the primary failed",
                    s.rowsServedBy(fallback.name()), same ? "every row scored through the fallback path, its "
                            + "answers identical to the fallback's own" : "the fallback path's answers differ from "
                            + "the fallback's own", n, "test"));
        }
        if (primary.timeout() == null) {
            b.finding("The primary model declares no timeout_ms, so a stalled call would wait "
                    + timeout.toSeconds() + " s (the default) before the fallback answers; set models[].timeout_ms "
                    + "to what the product can wait.");
        } else {
            Model stalling = r -> {
                try {
                    Thread.sleep(timeout.toMillis() * 10 + 1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new ModelException("the stalled primary gave up");
            };
            try (FallbackModel m = new FallbackModel(primary.name(), stalling, timeout, fallback.name(), borrowed)) {
                long t0 = System.nanoTime();
                FallbackModel.Served s = m.predictServed(rows.select(new int[]{0}));
                double ms = (System.nanoTime() - t0) / 1e6;
                b.evidence(Evidence.number("fallback.stalled_answer_ms", "time to an answer when the primary stalls (ms)", ms, "one row; the "
                        + "primary's timeout_ms is " + timeout.toMillis() + "; answered by '" + s.servedBy() + "'",
                        1, "test"));
            }
        }
        try (FallbackModel m = new FallbackModel(primary.name(), main::predict, timeout, fallback.name(), borrowed)) {
            BatchScorer.Scored s = BatchScorer.score(m, rows, 1, Progress.SILENT);
            long late = s.rowsServedBy(fallback.name());
            b.evidence(Evidence.number("fallback.primary_within_timeout", "test rows the primary answered itself within timeout_ms (one row per "
                    + "call)", n - late, "each row a call with the " + timeout.toMillis() + " ms timeout", n, "test"));
            if (late > 0) {
                return ConditionResult.warn("fallback-works", "the primary missed its " + timeout.toMillis()
                        + " ms timeout on " + late + " of " + n + " test rows, which the fallback answered");
            }
        }
        return null;
    }

    private static boolean same(Predictions a, Predictions b) {
        return Arrays.equals(a.labels(), b.labels()) && Arrays.equals(a.values(), b.values())
                && Arrays.deepEquals(a.probabilities(), b.probabilities());
    }
}
