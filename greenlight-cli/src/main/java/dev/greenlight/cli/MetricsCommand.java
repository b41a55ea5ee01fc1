package dev.greenlight.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.greenlight.metrics.Bootstrap;
import dev.greenlight.metrics.ConfidenceInterval;
import dev.greenlight.metrics.MetricIntervals;
import dev.greenlight.metrics.Outcomes;
import dev.greenlight.metrics.Task;
import dev.greenlight.report.json.CliJson;
import dev.greenlight.text.Figures;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code greenlight metrics}: every metric of a predictions file, with intervals, as a table or JSON. */
@Command(name = "metrics", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Prints every metric that applies to the predictions in a data file, by its scikit-learn "
                + "name, with a confidence interval (Wilson for proportions, DeLong for a binary ROC AUC, a seeded "
                + "bootstrap otherwise), the method and the number of rows.")
final class MetricsCommand implements Callable<Integer> {

    @CommandLine.Mixin
    OutcomeOptions data;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json. "
            + "Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Option(names = "--resamples", paramLabel = "N", defaultValue = "1000", description = "Bootstrap resamples. "
            + "Default: ${DEFAULT-VALUE}.")
    int resamples;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Bootstrap seed. Default: "
            + "${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "0.95", description = "Confidence level. "
            + "Default: ${DEFAULT-VALUE}.")
    double level;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (resamples < 1 || !(level > 0 && level < 1)) {
            throw usage("--resamples must be at least 1 and --level between 0 and 1");
        }
        OutcomeOptions.Read read = data.read(spec);
        Task t = read.task();
        Outcomes outcomes = read.outcomes();
        Bootstrap bootstrap = Bootstrap.seeded(seed).resamples(resamples);
        List<ConfidenceInterval> metrics = MetricIntervals.all(t, outcomes, bootstrap, level);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == OutputFormat.json ? json(t, outcomes.size(), metrics)
                : table(t, outcomes.size(), metrics));
        out.flush();
        return ExitCode.OK;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** {@code {"task": ..., "n": ..., "metrics": {"roc_auc": {"value", "ci_low", "ci_high", "method", "n"}}}}. */
    static String json(Task task, int n, List<ConfidenceInterval> metrics) {
        ObjectNode root = CliJson.object();
        root.put("task", task.key());
        root.put("n", n);
        ObjectNode all = root.putObject("metrics");
        for (ConfidenceInterval ci : metrics) {
            ObjectNode m = all.putObject(ci.metric());
            number(m, "value", ci.value());
            number(m, "ci_low", ci.low());
            number(m, "ci_high", ci.high());
            m.put("method", ci.method());
            m.put("n", ci.n());
            if (!ci.isDefined()) {
                m.put("undefined", ci.undefinedReason());
            }
        }
        return CliJson.write(root);
    }

    private static void number(ObjectNode node, String key, double v) {
        if (Double.isFinite(v)) {
            node.put(key, v);
        } else {
            node.putNull(key);
        }
    }

    static String table(Task task, int n, List<ConfidenceInterval> metrics) {
        int width = "metric".length();
        for (ConfidenceInterval ci : metrics) {
            width = Math.max(width, ci.metric().length());
        }
        String level = metrics.isEmpty() ? "" : Figures.format(metrics.get(0).level() * 100) + "% ";
        StringBuilder sb = new StringBuilder();
        sb.append(task.key()).append(", ").append(n).append(" rows").append(System.lineSeparator());
        sb.append(String.format("%-" + width + "s  %-10s  %-23s  %s%n", "metric", "value", level + "interval",
                "method"));
        for (ConfidenceInterval ci : metrics) {
            String value = ci.isDefined() ? Figures.format(ci.value()) : "undefined";
            String interval = ci.isDefined() ? Figures.format(ci.low()) + " to " + Figures.format(ci.high()) : "";
            String method = ci.isDefined() ? ci.method() : ci.undefinedReason();
            sb.append(String.format("%-" + width + "s  %-10s  %-23s  %s%n", ci.metric(), value, interval, method));
        }
        return sb.toString();
    }
}
