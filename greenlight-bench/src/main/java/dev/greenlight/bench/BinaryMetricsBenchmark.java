package dev.greenlight.bench;

import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.ConfusionMatrix;
import dev.greenlight.metrics.LogLoss;
import dev.greenlight.metrics.MetricValue;
import dev.greenlight.metrics.RocAuc;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * ROC AUC, log loss and the confusion matrix of a binary model on ten million rows (issue 3's speed targets: ROC AUC
 * under 1.5 s on a 2-core machine). Each call computes the metric from scratch, the sort included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class BinaryMetricsBenchmark {

    @Param("10000000")
    int rows;

    ClassificationOutcomes outcomes;

    @Setup
    public void setUp() {
        outcomes = Simulated.binary(rows, 7);
    }

    @Benchmark
    public MetricValue rocAuc() {
        return RocAuc.of(outcomes);
    }

    @Benchmark
    public MetricValue logLoss() {
        return LogLoss.of(outcomes);
    }

    @Benchmark
    public ConfusionMatrix confusionMatrix() {
        return ConfusionMatrix.of(outcomes);
    }
}
