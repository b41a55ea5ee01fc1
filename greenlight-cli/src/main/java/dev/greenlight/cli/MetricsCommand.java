package dev.greenlight.cli;

import dev.greenlight.metrics.Bootstrap;
import dev.greenlight.metrics.ConfidenceInterval;
import dev.greenlight.metrics.MetricIntervals;
import dev.greenlight.metrics.Outcomes;
import dev.greenlight.metrics.Task;
import dev.greenlight.report.metrics.MetricsJson;
import dev.greenlight.report.metrics.MetricsText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
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
        out.print(format == OutputFormat.json ? MetricsJson.write(t, outcomes.size(), metrics)
                : MetricsText.render(t, outcomes.size(), metrics));
        out.flush();
        return ExitCode.OK;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
