package dev.greenlight.cli;

import dev.greenlight.io.output.Outputs;
import dev.greenlight.io.output.PendingFolder;
import dev.greenlight.diagnose.DiagnoseInput;
import dev.greenlight.diagnose.DiagnoseOptions;
import dev.greenlight.diagnose.Diagnoser;
import dev.greenlight.diagnose.Diagnosis;
import dev.greenlight.error.InvalidDataException;
import dev.greenlight.io.DataFile;
import dev.greenlight.io.TableReader;
import dev.greenlight.metrics.Task;
import dev.greenlight.monitor.MonitorColumns;
import dev.greenlight.report.diagnose.DiagnoseHtml;
import dev.greenlight.report.diagnose.DiagnoseJson;
import dev.greenlight.report.diagnose.DiagnoseText;
import dev.greenlight.table.Table;
import dev.greenlight.time.Window;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code greenlight diagnose}: which of the checklist's three reasons explains a production performance drop. */
@Command(name = "diagnose", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Explains why the model does worse in production than on its test set: covariate shift (the "
                + "performance estimate, which assumes the relation between inputs and outcome unchanged, predicts "
                + "the drop), concept shift (it does not), training/serving skew (the same records differ between "
                + "the pipelines) or an inconsistent measure (a production window shorter than the test set whose "
                + "own windows differ as much). Exit code 0 when no drop beyond chance, 1 when a cause is named.")
final class DiagnoseCommand implements Callable<Integer> {

    @Option(names = "--reference", required = true, paramLabel = "FILE", description = "The labelled test data, "
            + "with the model's outputs.")
    Path reference;

    @Option(names = "--production", required = true, paramLabel = "FILE", description = "The production rows: "
            + "the model's inputs and outputs (the target too when known).")
    Path production;

    @Option(names = "--labels", paramLabel = "FILE", description = "Production labels joined by --id.")
    Path labels;

    @Option(names = "--serving", paramLabel = "FILE", description = "The serving pipeline's features of the "
            + "production records, joined by --id, to test training/serving skew.")
    Path serving;

    @Option(names = "--id", paramLabel = "COLUMN", description = "The record id that joins labels and serving "
            + "features.")
    String id;

    @Option(names = "--target", required = true, paramLabel = "COLUMN", description = "The true label or value.")
    String target;

    @Option(names = "--score", paramLabel = "COLUMN", description = "Binary: the positive class's score.")
    String score;

    @Option(names = "--proba-prefix", paramLabel = "PREFIX", description = "Multiclass: the prefix of the "
            + "per-class probability columns.")
    String probaPrefix;

    @Option(names = "--prediction", paramLabel = "COLUMN", description = "The predicted label or value.")
    String prediction;

    @Option(names = "--timestamp", paramLabel = "COLUMN", description = "The time of each row; needed to test "
            + "the measure's period.")
    String timestamp;

    @Option(names = "--task", required = true, paramLabel = "TASK", description = "binary, multiclass or "
            + "regression.")
    String task;

    @Option(names = "--metric", paramLabel = "NAME", description = "The metric to explain. Default: ROC AUC with "
            + "scores, accuracy with labels only, MAE for regression.")
    String metric;

    @Option(names = "--window", paramLabel = "WINDOW", description = "The period the production metric covers "
            + "(e.g. 1m, 30d). Default: the span of the production timestamps.")
    String window;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json. "
            + "Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write diagnose.json and diagnose.html "
            + "into DIR.")
    Path out;

    @Option(names = "--force", description = "Replace diagnose.json and diagnose.html in --out.")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Task t = Task.fromKey(task);
        if (t == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--task must be binary, multiclass or "
                    + "regression, found '" + task + "'");
        }
        MonitorColumns columns = new MonitorColumns(t, id, target, score, probaPrefix, prediction, timestamp, null,
                List.of(), null);
        DiagnoseOptions options = DiagnoseOptions.defaults().withMetric(metric);
        if (window != null) {
            options = options.withProductionWindow(Window.parse(window));
        }
        Outputs outputs = Outputs.of(force, reference, production, labels, serving);
        if (out != null) {
            outputs.requireFolder(out);
        }
        Table labelTable = labels == null ? null : TableReader.read(labels).table();
        Table servingTable = serving == null ? null : TableReader.read(serving).table();
        DataFile ref = TableReader.read(reference);
        DataFile prod = TableReader.read(production);
        Diagnosis d;
        try {
            d = Diagnoser.run(new DiagnoseInput(ref.table(), prod.table(), labelTable, servingTable, columns),
                    options);
        } catch (InvalidDataException e) {
            // the engines name the data by role (the reference, the analysis data); say which files those were
            throw new InvalidDataException(e.getMessage() + " (reference: " + ref.fileName() + ", production, the "
                    + "analysis data: " + prod.fileName() + ")", e);
        }
        String json = DiagnoseJson.write(d);
        if (out != null) {
            try (PendingFolder set = outputs.openFolder(out)) {
                set.writeText("diagnose.json", json);
                set.writeText("diagnose.html", DiagnoseHtml.render(d));
                set.commit();
            }
        }
        PrintWriter o = spec.commandLine().getOut();
        o.print(format == OutputFormat.json ? json : DiagnoseText.render(d));
        o.flush();
        return Diagnosis.NONE.equals(d.primaryCause()) ? ExitCode.OK : ExitCode.NOT_READY;
    }
}
