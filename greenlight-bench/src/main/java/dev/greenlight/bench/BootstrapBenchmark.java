package dev.greenlight.bench;

import dev.greenlight.metrics.Bootstrap;
import dev.greenlight.metrics.BootstrapResult;
import dev.greenlight.metrics.ClassificationOutcomes;
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
 * A 95% bootstrap interval of ROC AUC: 1,000 stratified resamples of 100,000 rows on the common fork-join pool
 * (issue 3's target: under 3 s on a 2-core machine).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class BootstrapBenchmark {

    @Param("100000")
    int rows;

    @Param("1000")
    int resamples;

    ClassificationOutcomes outcomes;

    @Setup
    public void setUp() {
        outcomes = Simulated.binary(rows, 5);
    }

    @Benchmark
    public BootstrapResult rocAucInterval() {
        return Bootstrap.seeded(42).resamples(resamples).interval("roc_auc", outcomes);
    }
}
