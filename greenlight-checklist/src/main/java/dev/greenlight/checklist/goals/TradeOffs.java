package dev.greenlight.checklist.goals;

import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.Measurements;
import dev.greenlight.checklist.evidence.Chart;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.checklist.evidence.EvidenceTable;
import dev.greenlight.config.GreenlightConfig.Goal;
import dev.greenlight.config.ModelRole;
import dev.greenlight.metrics.ConfidenceInterval;
import dev.greenlight.metrics.Direction;
import dev.greenlight.metrics.MetricCatalog;
import dev.greenlight.model.bench.BenchReport;
import dev.greenlight.model.bench.Measurement;
import dev.greenlight.model.bench.ModelBenchmark;
import dev.greenlight.text.Figures;

import java.util.ArrayList;
import java.util.List;

/**
 * The evidence for choosing between the configured models: a table of quality (with its interval), latency,
 * throughput, memory and cost per model, which models meet every hard limit, and which are Pareto-optimal on
 * quality, p99 latency, memory and cost (throughput when no price is set); then each model's benchmark in detail.
 */
final class TradeOffs {
    private final CheckContext ctx;
    private final ModelMeasurements measured;

    TradeOffs(CheckContext ctx, ModelMeasurements measured) {
        this.ctx = ctx;
        this.measured = measured;
    }

    void addTo(Measurements b) {
        String metric = ctx.primaryMetric();
        Direction direction = MetricCatalog.direction(ctx.data().task(), metric);
        List<ModelQuality> models = measured.quality();
        boolean priced = models.stream().anyMatch(q -> measured.benchOf(q.model()).costPer1k() != null);
        List<Double[]> objectives = new ArrayList<>();
        for (ModelQuality q : models) {
            ModelBenchmark bench = measured.benchOf(q.model());
            Double quality = quality(q);
            Double latency = bench.realTime().map(m -> m.latency().p99()).orElse(null);
            objectives.add(new Double[]{quality, latency, bench.peakRssMb(),
                    priced ? bench.costPer1k() : positive(bench.throughputPerS())});
        }
        boolean[] pareto = Pareto.optimal(objectives, new boolean[]{direction == Direction.HIGHER_IS_BETTER, false,
                false, !priced});
        String currency = ctx.config().bench().currency();
        EvidenceTable.Builder t = EvidenceTable.builder("Trade-offs between the models", "model", "role",
                metric + " (test)", "95% interval", "p99 latency, 1 row (ms)", "throughput (rows/s)",
                "peak memory (MiB)", "cost per 1,000 (" + currency + ")", "size (MiB)", "meets every hard limit",
                "Pareto-optimal");
        List<String> meetAll = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            ModelQuality q = models.get(i);
            ModelBenchmark bench = measured.benchOf(q.model());
            ConfidenceInterval ci = q.primary();
            List<String> missed = missedHardLimits(q, bench);
            if (missed.isEmpty()) {
                meetAll.add(q.model().name());
            }
            t.row(q.model().name(), q.model().role().key(), quality(q) == null ? "not scored" : quality(q),
                    ci != null && ci.isDefined() ? Figures.format(ci.low()) + " to " + Figures.format(ci.high())
                            : q.error() != null ? q.error() : ci.undefinedReason(), objectives.get(i)[1],
                    positive(bench.throughputPerS()), bench.peakRssMb(), bench.costPer1k(), bench.modelSizeMb(),
                    missed.isEmpty() ? "yes" : "no: " + String.join(", ", missed), pareto[i] ? "yes" : "no");
        }
        b.table(t.note("Quality: " + metric + " on the test rows with a " + ModelMeasurements.RESAMPLES
                + "-resample bootstrap interval. Latency, throughput and memory: `greenlight bench` figures (a "
                + "worker process per model; memory is its peak resident set). Pareto-optimal: no other model is at "
                + "least as good on " + metric + ", p99 latency, memory and " + (priced ? "cost" : "throughput")
                + " and better on one.").build());
        addFindings(b, models, pareto, meetAll);
        addBenchmark(b);
    }

    private static Double quality(ModelQuality q) {
        return q.primary() == null || Double.isNaN(q.primary().value()) ? null : q.primary().value();
    }

    private static Double positive(double v) {
        return v > 0 ? v : null;
    }

    /** The hard limits this model misses (one that cannot be measured counts as missed). */
    private List<String> missedHardLimits(ModelQuality q, ModelBenchmark bench) {
        List<String> out = new ArrayList<>();
        for (Goal g : ctx.config().goals()) {
            if (!g.hard()) {
                continue;
            }
            GoalJudgement j = q.model().role() == ModelRole.PRIMARY ? GoalJudgement.ofPrimary(ctx, g, bench)
                    : GoalJudgement.ofModel(ctx, g, q, bench);
            if (j.missedHard()) {
                out.add(g.metric());
            }
        }
        return out;
    }

    private void addFindings(Measurements b, List<ModelQuality> models, boolean[] pareto,
                             List<String> meetAll) {
        String primary = ctx.config().primaryModel().orElseThrow().name();
        for (int i = 0; i < models.size(); i++) {
            ModelQuality q = models.get(i);
            if (q.error() != null) {
                b.finding("Model '" + q.model().name() + "' could not score the test set: " + q.error());
            }
            ModelBenchmark bench = measured.benchOf(q.model());
            if (!bench.ok()) {
                b.finding("Model '" + q.model().name() + "' could not be benchmarked: " + bench.error());
            }
            if (q.model().name().equals(primary) && !pareto[i]) {
                b.finding("The primary model '" + primary + "' is not Pareto-optimal: another model is at least as "
                        + "good on quality, latency, memory and cost, and better on one (see the table).");
            }
        }
        if (!meetAll.contains(primary) && !meetAll.isEmpty()) {
            b.finding("The primary model misses a hard limit; " + String.join(", ", meetAll.stream()
                    .map(n -> "'" + n + "'").toList()) + " meet" + (meetAll.size() == 1 ? "s" : "") + " every one.");
        }
    }

    private void addBenchmark(Measurements b) {
        BenchReport r = measured.bench();
        b.evidence(Evidence.number("bench.harness_overhead_ms", "harness overhead per call (median, no-op model)", r.overheadMs(),
                "HdrHistogram of " + r.overhead().count() + " one-row calls of a model that does nothing, in the "
                        + "same harness and worker process as the models; milliseconds", r.overhead().count(), null));
        EvidenceTable.Builder t = EvidenceTable.builder("Benchmark: latency per call (ms)", "model", "rows per call",
                "threads", "p50", "p90", "p99", "p99.9", "max", "rows/s", "CPU ms per row");
        List<String> names = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        for (ModelBenchmark m : r.models()) {
            if (!m.ok()) {
                continue;
            }
            List<Measurement> all = new ArrayList<>(m.batches());
            all.addAll(m.concurrency().stream().filter(c -> c.threads() > 1).toList());
            for (Measurement x : all) {
                var l = x.latency();
                t.row(m.name(), x.batchSize(), x.threads(), l.p50(), l.p90(), l.p99(), l.p999(), l.max(),
                        x.throughputPerS(), Double.isNaN(x.cpuMsPerPrediction()) ? null : x.cpuMsPerPrediction());
            }
            m.realTime().ifPresent(x -> {
                names.add(m.name());
                p99.add(x.latency().p99());
            });
        }
        var plan = r.plan();
        b.table(t.note("Each model in its own JVM (" + r.machine().get("worker_jvm") + ") on " + r.machine().get("cpus")
                + " CPUs (" + r.machine().get("cpu") + "); " + plan.warmup() + " warm-up calls, then up to "
                + plan.iterations() + " recorded calls or " + plan.maxSeconds() + " s per row of this table. The "
                + "full benchmark: greenlight bench " + ctx.config().file().getFileName()).build());
        if (!names.isEmpty()) {
            Double limit = ctx.config().goals().stream().filter(g -> g.metric().equals("latency_p99_ms")
                    && g.max() != null).map(Goal::max).findFirst().orElse(null);
            b.chart(new Chart.Bars("p99 latency of a one-row call (ms)", "ms", names,
                    List.of(new Chart.Series("p99", p99)), limit, limit == null ? null : "latency_p99_ms limit"));
        }
    }
}
