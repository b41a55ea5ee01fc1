package dev.greenlight.spark;

import dev.greenlight.io.output.Outputs;
import dev.greenlight.error.InvalidConfigException;
import dev.greenlight.metrics.Task;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code metrics}: a model's metrics from the outcomes (truth beside score or prediction) in a data set. */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = "Computes a model's metrics on Spark from mergeable aggregates and writes them as JSON.")
final class SparkMetricsCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "PATH", description = "A file or a folder of part "
            + "files, on any file system Spark reads.")
    String input;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv, parquet or json; by default told by the "
            + "extension.")
    String format;

    @Option(names = "--task", required = true, paramLabel = "TASK", description = "binary, multiclass or "
            + "regression.")
    String task;

    @Option(names = "--target", required = true, paramLabel = "COLUMN", description = "The true labels or values.")
    String target;

    @Option(names = "--score", paramLabel = "COLUMN", description = "binary: the score of the positive class.")
    String score;

    @Option(names = "--prediction", paramLabel = "COLUMN", description = "multiclass: predicted labels; "
            + "regression: predicted values.")
    String prediction;

    @Option(names = "--positive", paramLabel = "LABEL", description = "binary: the positive label; by default the "
            + "last in sorted order (1 of 0/1).")
    String positive;

    @Option(names = "--threshold", paramLabel = "T", defaultValue = "0.5", description = "binary: predicted "
            + "positive when score >= T. Default: ${DEFAULT-VALUE}.")
    double threshold;

    @Option(names = "--threshold-steps", paramLabel = "N", defaultValue = "100", description = "binary: confusion "
            + "counts at thresholds i/N, i = 0..N. Default: ${DEFAULT-VALUE}.")
    int thresholdSteps;

    @Option(names = "--exact-ranking", description = "binary: also compute ROC AUC and average precision exactly "
            + "through a distributed sort.")
    boolean exactRanking;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The JSON file to write.")
    Path out;

    @Option(names = "--force", description = "Replace an existing output.")
    boolean force;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[2]; by default "
            + "spark-submit's, else local[*].")
    String master;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Task t = Task.fromKey(task);
        if (t == null) {
            throw new InvalidConfigException("--task: unknown task '" + task + "'; expected binary, multiclass or "
                    + "regression");
        }
        MetricsRequest request = new MetricsRequest(t, target, score, prediction, positive, threshold,
                thresholdSteps, exactRanking);
        Outputs outputs = SparkInput.outputs(input, force);
        outputs.requireFile(out);
        SparkSession spark = SparkSessions.open(master);
        try {
            String source = SparkInput.sourceName(input);
            SparkMetrics m = GreenlightSpark.metrics(SparkInput.read(spark, input, format), request, input);
            String json = MetricsJson.render(m, source);
            outputs.writeText(out, json + "\n");
            PrintWriter console = spec.commandLine().getOut();
            for (MetricEstimate e : m.metrics()) {
                console.println(e.name() + " (" + e.method() + "): " + (e.value().isDefined()
                        ? e.value().value() : "undefined: " + e.value().undefinedReason()));
            }
            console.println("Metrics written to " + out);
            console.flush();
            return Main.OK;
        } finally {
            spark.stop();
        }
    }
}
