package dev.greenlight.metrics;

import dev.greenlight.error.InvalidDataException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;

/**
 * Seeded percentile bootstrap intervals for any metric (Efron &amp; Tibshirani 1993, ch. 13): resample the rows with
 * replacement (stratified by class for classification, so every resample keeps the class counts), compute the
 * metric on each resample, and take the {@code (1-level)/2} and {@code (1+level)/2} percentiles of those values
 * ({@code numpy.percentile}, linear) around the value on all rows. {@link #difference} does the same for the
 * difference of one metric between two models scored on the same rows, on the same resamples (paired).
 *
 * <p>Deterministic: resample b draws from its own {@link SplittableRandom}, the b-th split of one seeded generator,
 * so the result does not depend on the number of threads or how resamples are grouped. Resamples run in parallel in
 * blocks on a {@link ForkJoinPool}. ROC AUC and average precision of a binary model sort the scores once and
 * evaluate each resample as per-row multiplicities ({@code O(n)} per resample); other metrics are computed on the
 * resampled rows.
 *
 * <p>Resamples on which the metric is undefined are left out of the percentiles and counted in the result and in the
 * interval's method text; when every resample is undefined, so is the interval.
 */
public final class Bootstrap {
    public static final int DEFAULT_RESAMPLES = 1000;
    public static final double DEFAULT_LEVEL = 0.95;

    private final int resamples;
    private final long seed;
    private final double level;
    private final boolean stratified;
    private final int parallelism;

    private Bootstrap(int resamples, long seed, double level, boolean stratified, int parallelism) {
        if (resamples < 1) {
            throw new InvalidDataException("need at least one resample, got " + resamples);
        }
        ConfidenceInterval.requireLevel(level);
        if (parallelism < 0) {
            throw new InvalidDataException("parallelism must be 0 (common pool) or positive, got " + parallelism);
        }
        this.resamples = resamples;
        this.seed = seed;
        this.level = level;
        this.stratified = stratified;
        this.parallelism = parallelism;
    }

    /** 1,000 stratified resamples, 95 % level, on the common fork-join pool. */
    public static Bootstrap seeded(long seed) {
        return new Bootstrap(DEFAULT_RESAMPLES, seed, DEFAULT_LEVEL, true, 0);
    }

    public Bootstrap resamples(int count) {
        return new Bootstrap(count, seed, level, stratified, parallelism);
    }

    public Bootstrap level(double confidenceLevel) {
        return new Bootstrap(resamples, seed, confidenceLevel, stratified, parallelism);
    }

    /** Whether classification resamples keep the class counts (default true; no effect on regression). */
    public Bootstrap stratified(boolean byClass) {
        return new Bootstrap(resamples, seed, level, byClass, parallelism);
    }

    /**
     * Threads: 0 for the common fork-join pool (default), 1 for the calling thread only, more for a pool of that
     * size. The result does not depend on it.
     */
    public Bootstrap parallelism(int threads) {
        return new Bootstrap(resamples, seed, level, stratified, threads);
    }

    /** The interval of a catalogue metric, found by name for the outcomes' task. */
    public BootstrapResult interval(String metricName, Outcomes outcomes) {
        return interval(catalogueMetric(metricName, outcomes), outcomes);
    }

    /** The percentile interval of {@code metric} on {@code outcomes}. */
    public BootstrapResult interval(Metric<? extends Outcomes> metric, Outcomes outcomes) {
        MetricValue value = compute(metric, outcomes);
        Resampler resampler = Resampler.of(outcomes, stratified);
        String method = method("bootstrap percentile", resampler);
        if (!value.isDefined()) {
            return undefined(metric.name(), method, outcomes.size(), value.undefinedReason());
        }
        return run(metric.name(), value.value(), Replicate.of(metric, outcomes), resampler, method);
    }

    /** The paired interval of {@code metric(a) - metric(b)}, catalogue metric by name. */
    public BootstrapResult difference(String metricName, Outcomes a, Outcomes b) {
        return difference(catalogueMetric(metricName, a), a, b);
    }

    /**
     * The paired percentile interval of {@code metric(a) - metric(b)} for two models on the same rows: each resample
     * takes the same rows for both, so what the rows have in common cancels out.
     *
     * @throws InvalidDataException when a and b are not outcomes of the same rows
     */
    public BootstrapResult difference(Metric<? extends Outcomes> metric, Outcomes a, Outcomes b) {
        requireSameRows(a, b);
        String name = metric.name() + " (a - b)";
        Resampler resampler = Resampler.of(a, stratified);
        String method = method("paired bootstrap percentile", resampler);
        MetricValue va = compute(metric, a);
        MetricValue vb = compute(metric, b);
        if (!va.isDefined() || !vb.isDefined()) {
            return undefined(name, method, a.size(), va.isDefined() ? vb.undefinedReason() : va.undefinedReason());
        }
        Replicate both = Replicate.difference(name, Replicate.of(metric, a), Replicate.of(metric, b));
        return run(name, va.value() - vb.value(), both, resampler, method);
    }

    private BootstrapResult run(String name, double value, Replicate replicate, Resampler resampler, String method) {
        double[] values = replicates(replicate, resampler);
        int undefined = 0;
        String firstReason = null;
        double[] defined = new double[resamples];
        int kept = 0;
        for (int b = 0; b < resamples; b++) {
            if (Double.isNaN(values[b])) {
                undefined++;
            } else {
                defined[kept++] = values[b];
            }
        }
        if (undefined > 0) {
            firstReason = firstUndefinedReason(replicate, resampler, values);
            method += "; " + undefined + " of " + resamples + " resamples undefined and left out";
        }
        int n = resampler.rows();
        if (kept == 0) {
            return new BootstrapResult(ConfidenceInterval.undefined(name, level, method, n,
                    "every resample was undefined: " + firstReason), resamples, undefined, firstReason);
        }
        double[] sorted = Arrays.copyOf(defined, kept);
        Arrays.sort(sorted);
        double alpha = 1.0 - level;
        ConfidenceInterval interval = ConfidenceInterval.of(name, value, Percentiles.linear(sorted, alpha / 2.0),
                Percentiles.linear(sorted, 1.0 - alpha / 2.0), level, method, n);
        return new BootstrapResult(interval, resamples, undefined, firstReason);
    }

    /** The metric on every resample, NaN where undefined. */
    private double[] replicates(Replicate replicate, Resampler resampler) {
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] streams = new SplittableRandom[resamples];
        for (int b = 0; b < resamples; b++) {
            streams[b] = root.split();
        }
        double[] values = new double[resamples];
        int threads = parallelism == 0 ? ForkJoinPool.commonPool().getParallelism() : parallelism;
        int blocks = Math.min(resamples, Math.max(1, 4 * threads));
        List<Callable<Void>> tasks = new ArrayList<>(blocks);
        for (int block = 0; block < blocks; block++) {
            int from = (int) ((long) resamples * block / blocks);
            int to = (int) ((long) resamples * (block + 1) / blocks);
            tasks.add(() -> {
                int[] multiplicity = new int[resampler.rows()];
                for (int b = from; b < to; b++) {
                    resampler.draw(streams[b], multiplicity);
                    MetricValue v = replicate.compute(multiplicity);
                    values[b] = v.isDefined() ? v.value() : Double.NaN;
                }
                return null;
            });
        }
        execute(tasks, threads);
        return values;
    }

    private void execute(List<Callable<Void>> tasks, int threads) {
        if (threads == 1) {
            for (Callable<Void> task : tasks) {
                call(task);
            }
            return;
        }
        ForkJoinPool pool = parallelism == 0 ? ForkJoinPool.commonPool() : new ForkJoinPool(threads);
        try {
            for (Future<Void> f : pool.invokeAll(tasks)) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bootstrap interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            if (pool != ForkJoinPool.commonPool()) {
                pool.shutdown();
            }
        }
    }

    private static void call(Callable<Void> task) {
        try {
            task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replays the first undefined resample (same stream) to report its reason without storing every reason. */
    private String firstUndefinedReason(Replicate replicate, Resampler resampler, double[] values) {
        SplittableRandom root = new SplittableRandom(seed);
        for (int b = 0; b < values.length; b++) {
            SplittableRandom stream = root.split();
            if (Double.isNaN(values[b])) {
                int[] multiplicity = new int[resampler.rows()];
                resampler.draw(stream, multiplicity);
                return replicate.compute(multiplicity).undefinedReason();
            }
        }
        return null;
    }

    private String method(String kind, Resampler resampler) {
        return kind + ", " + resamples + (resampler.isStratified() ? " stratified" : "") + " resamples, seed " + seed;
    }

    private BootstrapResult undefined(String name, String method, int n, String reason) {
        return new BootstrapResult(ConfidenceInterval.undefined(name, level, method, n, reason), 0, 0, null);
    }

    @SuppressWarnings("unchecked")
    private static MetricValue compute(Metric<? extends Outcomes> metric, Outcomes outcomes) {
        return ((Metric<Outcomes>) metric).compute(outcomes);
    }

    private static Metric<? extends Outcomes> catalogueMetric(String name, Outcomes outcomes) {
        Task task = outcomes instanceof ClassificationOutcomes c ? (c.isBinary() ? Task.BINARY : Task.MULTICLASS)
                : Task.REGRESSION;
        return MetricCatalog.find(task, name).orElseThrow(() -> new InvalidDataException(
                "unknown metric '" + name + "' for task " + task.key() + "; valid: " + MetricCatalog.names(task)));
    }

    private static void requireSameRows(Outcomes a, Outcomes b) {
        if (a instanceof ClassificationOutcomes ca && b instanceof ClassificationOutcomes cb) {
            DeLong.requireSameRows(ca, cb);
        } else if (a instanceof RegressionOutcomes ra && b instanceof RegressionOutcomes rb) {
            if (!Arrays.equals(ra.yTrue(), rb.yTrue())) {
                throw new InvalidDataException("a paired comparison needs both models on the same rows: y_true "
                        + "differs");
            }
        } else {
            throw new InvalidDataException("a paired comparison needs two outcomes of the same kind");
        }
    }
}
