package dev.greenlight.checklist.goals;

import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.data.EvaluationData;
import dev.greenlight.checklist.data.ModelOutcomes;
import dev.greenlight.checklist.data.PreparedDataset;
import dev.greenlight.config.GreenlightConfig.ModelConfig;
import dev.greenlight.config.ModelRole;
import dev.greenlight.error.GreenlightException;
import dev.greenlight.metrics.Bootstrap;
import dev.greenlight.metrics.ConfidenceInterval;
import dev.greenlight.metrics.Outcomes;
import dev.greenlight.model.Model;
import dev.greenlight.model.bench.BenchPlan;
import dev.greenlight.model.bench.BenchReport;
import dev.greenlight.model.bench.Benchmark;
import dev.greenlight.model.bench.ModelBenchmark;
import dev.greenlight.table.Column;
import dev.greenlight.table.Table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the checklist measures of every configured model: its quality on the test set (the primary's are the
 * outcomes every item reads; the others are scored here) and its system figures from a benchmark run with the
 * configuration's {@code bench} settings, each model in a process of its own.
 *
 * @param quality per model, in configuration order
 * @param bench   the benchmark of every model, with the harness's overhead
 */
record ModelMeasurements(List<ModelQuality> quality, BenchReport bench) {
    /** Resamples and seed of the quality intervals, as the baseline item's. */
    static final int RESAMPLES = 1000;
    static final long SEED = 42;

    static ModelMeasurements of(CheckContext ctx) {
        List<ModelQuality> quality = new ArrayList<>();
        for (ModelConfig m : ctx.config().models()) {
            quality.add(quality(ctx, m));
        }
        return new ModelMeasurements(quality, bench(ctx));
    }

    private static ModelQuality quality(CheckContext ctx, ModelConfig m) {
        EvaluationData data = ctx.data();
        PreparedDataset test = data.test();
        Outcomes outcomes;
        if (m.role() == ModelRole.PRIMARY) {
            outcomes = test.outcomes();
        } else {
            try (Model model = ctx.models().load(m, ModelOutcomes.context(data))) {
                outcomes = ModelOutcomes.score(ctx.config(), data, test, model, m.name());
            } catch (GreenlightException e) {
                return new ModelQuality(m, null, null, e.getMessage());
            }
        }
        ConfidenceInterval ci = Bootstrap.seeded(SEED).resamples(RESAMPLES).interval(ctx.primaryMetric(), outcomes)
                .interval();
        return new ModelQuality(m, outcomes, ci, null);
    }

    private static BenchReport bench(CheckContext ctx) {
        List<String> features = new ArrayList<>(ctx.data().features().keySet());
        Set<String> read = new LinkedHashSet<>(features);
        ctx.config().models().forEach(m -> {
            if (m.inputs() != null) {
                read.addAll(m.inputs());
            }
        });
        Table test = ctx.data().test().table();
        List<Column> columns = new ArrayList<>();
        for (String c : read) {
            test.find(c).ifPresent(columns::add);
        }
        var progress = ctx.progress();
        return Benchmark.run(ctx.config(), ctx.config().models(), Table.of(columns), features,
                BenchPlan.of(ctx.config().bench()), progress);
    }

    ModelBenchmark benchOf(ModelConfig m) {
        return bench.model(m.name()).orElseThrow();
    }
}
