package dev.greenlight.cli;

import dev.greenlight.io.output.Outputs;
import dev.greenlight.io.output.PendingFolder;
import dev.greenlight.config.ConfigLoader;
import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.error.InvalidConfigException;
import dev.greenlight.error.InvalidDataException;
import dev.greenlight.io.ReadOptions;
import dev.greenlight.io.TableReader;
import dev.greenlight.metrics.Task;
import dev.greenlight.monitor.Chunking;
import dev.greenlight.monitor.MonitorColumns;
import dev.greenlight.monitor.MonitorEngine;
import dev.greenlight.monitor.MonitorOptions;
import dev.greenlight.monitor.MonitorResult;
import dev.greenlight.monitor.MonitorSettings;
import dev.greenlight.report.monitor.MonitorHtml;
import dev.greenlight.report.monitor.MonitorJson;
import dev.greenlight.report.monitor.MonitorMarkdown;
import dev.greenlight.report.monitor.MonitorText;
import dev.greenlight.table.Table;
import dev.greenlight.time.Window;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code greenlight monitor}: what changed in production, estimated performance before labels, when to retrain. */
@Command(name = "monitor", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Monitors a model after go-live on files: cuts a labelled reference period and a later "
                + "analysis period into chunks and reports, per chunk, realized performance (where labels exist, "
                + "joined by id), estimated performance (CBPE for classifiers, DLE for regression), drift and data "
                + "quality, each against thresholds learnt from the reference chunks; change points in every "
                + "series; and one recommendation (none, investigate, retrain, rollback). Exit code 0 without "
                + "alerts, 1 with alerts, 2 for bad input. See docs/monitoring.md.")
final class MonitorCommand implements Callable<Integer> {
    private static final Map<String, Task> TASKS = Map.of("binary", Task.BINARY, "multiclass", Task.MULTICLASS,
            "regression", Task.REGRESSION);

    @Parameters(index = "0", arity = "0..1", paramLabel = "CONFIG", description = "A greenlight.yaml with a "
            + "monitoring: section (or the test set and datasets.production); instead of the file options.")
    Path config;

    @Option(names = "--reference", paramLabel = "FILE", description = "The reference period (labelled).")
    Path reference;

    @Option(names = "--analysis", paramLabel = "FILE", description = "The analysis period (inputs and outputs).")
    Path analysis;

    @Option(names = "--labels", paramLabel = "FILE", description = "Labels of the analysis rows, joined by --id.")
    Path labels;

    @Option(names = "--id", paramLabel = "COLUMN", description = "The row id (needed with --labels).")
    String id;

    @Option(names = "--target", paramLabel = "COLUMN", description = "The true label or value.")
    String target;

    @Option(names = "--score", paramLabel = "COLUMN", description = "Binary: the positive class's probability.")
    String score;

    @Option(names = "--proba-prefix", paramLabel = "PREFIX", description = "Multiclass: the class probability "
            + "columns' prefix.")
    String probaPrefix;

    @Option(names = "--prediction", paramLabel = "COLUMN", description = "The predicted label or value.")
    String prediction;

    @Option(names = "--timestamp", paramLabel = "COLUMN", description = "The time of each row.")
    String timestamp;

    @Option(names = "--label-timestamp", paramLabel = "COLUMN", description = "In --labels: when each label "
            + "arrived (for the label delay).")
    String labelTimestamp;

    @Option(names = "--task", paramLabel = "TASK", description = "binary, multiclass or regression.")
    String task;

    @Option(names = "--positive-label", paramLabel = "LABEL", description = "Binary: the positive class.")
    String positiveLabel;

    @Option(names = "--features", split = ",", paramLabel = "COLUMN", description = "Features to follow (comma "
            + "separated). Default: every other column.")
    List<String> features = new ArrayList<>();

    @Option(names = "--metrics", split = ",", paramLabel = "METRIC", description = "Metrics to follow, by "
            + "'greenlight metrics' names. Default: the task's.")
    List<String> metrics = new ArrayList<>();

    @Option(names = "--chunk-size", paramLabel = "ROWS", description = "Rows per chunk.")
    Integer chunkSize;

    @Option(names = "--chunk-count", paramLabel = "N", description = "Chunks per period (default 10).")
    Integer chunkCount;

    @Option(names = "--chunk-period", paramLabel = "PERIOD", description = "A calendar period per chunk: day, "
            + "week, month, 12h, 30d, 1q, ... (needs --timestamp).")
    String chunkPeriod;

    @Option(names = "--no-multivariate", description = "Skip the domain classifier and PCA reconstruction error.")
    boolean noMultivariate;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Write monitor.json, monitor.md and "
            + "monitor.html into DIR.")
    Path out;

    @Option(names = "--force", description = "Replace monitor.* files that exist in --out.")
    boolean force;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json "
            + "(monitor.json on stdout). Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Run run = config != null ? fromConfig() : fromOptions();
        Outputs outputs = Outputs.of(force, run.reference(), run.analysis(), run.labels(), config);
        if (out != null) {
            outputs.requireFolder(out);
        }
        Table ref = read(run.reference(), run.columns());
        Table ana = read(run.analysis(), run.columns());
        Table lab = run.labels() == null ? null : read(run.labels(), run.columns());
        MonitorResult result;
        try {
            result = MonitorEngine.fit(ref, run.columns(), run.options()).analyse(ana, lab);
        } catch (InvalidDataException e) {
            throw new InvalidDataException(withFiles(e.getMessage(), run), e);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        String json = MonitorJson.write(result);
        stdout.print(format == OutputFormat.json ? json : MonitorText.render(result));
        stdout.flush();
        if (out != null) {
            try (PendingFolder set = outputs.openFolder(out)) {
                set.writeText("monitor.json", json);
                set.writeText("monitor.md", MonitorMarkdown.write(result));
                set.writeText("monitor.html", MonitorHtml.write(result));
                set.commit();
            }
        }
        return result.hasAlerts() ? ExitCode.NOT_READY : ExitCode.OK;
    }

    private record Run(Path reference, Path analysis, Path labels, MonitorColumns columns, MonitorOptions options) {
    }

    private Run fromOptions() {
        if (reference == null || analysis == null) {
            throw usage("give a CONFIG file, or --reference and --analysis");
        }
        if (target == null || task == null) {
            throw usage("--target and --task are required without a CONFIG file");
        }
        Task t = TASKS.get(task);
        if (t == null) {
            throw usage("--task: expected binary, multiclass or regression, found '" + task + "'");
        }
        if (labels != null && id == null) {
            throw usage("--labels are joined by id: give --id");
        }
        MonitorColumns cols = new MonitorColumns(t, id, target, score, probaPrefix, prediction, timestamp,
                labelTimestamp, features, positiveLabel);
        int chunkings = (chunkSize != null ? 1 : 0) + (chunkCount != null ? 1 : 0) + (chunkPeriod != null ? 1 : 0);
        if (chunkings > 1) {
            throw usage("give one of --chunk-size, --chunk-count and --chunk-period");
        }
        MonitorOptions o = MonitorOptions.defaults().withMetrics(metrics).withDrift(true, !noMultivariate);
        if (chunkSize != null) {
            o = o.withChunking(Chunking.bySize(chunkSize));
        } else if (chunkCount != null) {
            o = o.withChunking(Chunking.byCount(chunkCount));
        } else if (chunkPeriod != null) {
            if (timestamp == null) {
                throw usage("--chunk-period needs --timestamp");
            }
            o = o.withChunking(Chunking.byPeriod(Window.parse(chunkPeriod)));
        }
        return new Run(reference, analysis, labels, cols, o);
    }

    private Run fromConfig() {
        if (reference != null || analysis != null || labels != null || target != null || task != null) {
            throw usage("give either a CONFIG file or the file options (--reference, --analysis, ...), not both");
        }
        GreenlightConfig c = ConfigLoader.load(config);
        GreenlightConfig.Monitoring m = c.monitoring();
        Path ref = m.reference() != null ? m.reference() : c.datasets().test();
        Path ana = m.analysis() != null ? m.analysis() : c.datasets().production();
        if (ref == null || ana == null) {
            throw new InvalidConfigException(config + ": monitoring needs a reference (monitoring.reference or "
                    + "datasets.test) and an analysis period (monitoring.analysis or datasets.production)");
        }
        MonitorOptions o = MonitorSettings.options(m);
        if (noMultivariate) {
            o = o.withDrift(o.drift(), false);
        }
        return new Run(ref, ana, m.labels(), MonitorSettings.columns(c), o);
    }

    private static Table read(Path file, MonitorColumns c) {
        return TableReader.read(file, ReadOptions.defaults()).table();
    }

    private static String withFiles(String message, Run run) {
        return message.replace("the reference data", "the reference data (" + run.reference() + ")")
                .replace("the analysis data", "the analysis data (" + run.analysis() + ")")
                .replace("the labels", run.labels() == null ? "the labels" : "the labels (" + run.labels() + ")");
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
