package dev.greenlight.cli;

import dev.greenlight.io.DataFile;
import dev.greenlight.io.ReadOptions;
import dev.greenlight.io.TableReader;
import dev.greenlight.metrics.Outcomes;
import dev.greenlight.metrics.Task;
import dev.greenlight.outcomes.OutcomeRead;
import dev.greenlight.outcomes.OutcomeReader;
import dev.greenlight.outcomes.OutcomeSpec;
import dev.greenlight.table.Table;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The data options {@code metrics}, {@code slices} and {@code fairness} share: a file with the truth and the model's
 * output, read into outcomes row for row.
 */
final class OutcomeOptions {
    private static final Map<String, Task> TASKS = Map.of("binary", Task.BINARY, "multiclass", Task.MULTICLASS,
            "regression", Task.REGRESSION);

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "The data file (CSV, Parquet, "
            + "JSON Lines).")
    Path data;

    @Option(names = "--target", required = true, paramLabel = "COLUMN", description = "The true label or value.")
    String target;

    @Option(names = "--prediction", paramLabel = "COLUMN", description = "The predicted label (classification) "
            + "or value (regression).")
    String prediction;

    @Option(names = "--score", paramLabel = "COLUMN", description = "Binary: the positive class's probability.")
    String score;

    @Option(names = "--proba-prefix", paramLabel = "PREFIX", description = "Class probabilities in the columns "
            + "PREFIX followed by each class label, e.g. p_0, p_1, p_cat.")
    String probaPrefix;

    @Option(names = "--weight", paramLabel = "COLUMN", description = "Sample weights.")
    String weight;

    @Option(names = "--task", required = true, paramLabel = "TASK", description = "binary, multiclass or "
            + "regression.")
    String task;

    @Option(names = "--positive-label", paramLabel = "LABEL", description = "Binary: the positive class. Default: "
            + "the last label in sorted order (1 of 0/1).")
    String positiveLabel;

    /**
     * The file read and its outcomes.
     *
     * @param table    the rows of the file that have a target, one per outcome (the file's table when none is
     *                 left out)
     * @param notes    rows left out, counted per column
     */
    record Read(Task task, DataFile file, Table table, Outcomes outcomes, List<String> notes) {
    }

    Read read(CommandLine.Model.CommandSpec spec) {
        Task t = TASKS.get(task);
        if (t == null) {
            throw usage(spec, "--task: expected binary, multiclass or regression, found '" + task + "'");
        }
        if (score != null && probaPrefix != null) {
            throw usage(spec, "give either --score or --proba-prefix, not both");
        }
        if (score != null && t != Task.BINARY) {
            throw usage(spec, "--score is for a binary task (the positive class's probability); use --proba-prefix");
        }
        Set<String> numeric = new HashSet<>();
        for (String c : new String[] {score, weight, t == Task.REGRESSION ? target : null,
                t == Task.REGRESSION ? prediction : null}) {
            if (c != null) {
                numeric.add(c);
            }
        }
        DataFile file = TableReader.read(data, new ReadOptions(Map.of(), numeric));
        OutcomeRead read = OutcomeReader.read(file.table(), OutcomeSpec.fromFlags(t, target, prediction, score,
                probaPrefix, weight, positiveLabel), file.fileName());
        Table table = read.rows().length == file.table().rowCount() ? file.table() : file.table().select(read.rows());
        read.notes().forEach(n -> spec.commandLine().getErr().println("greenlight: note: " + n));
        return new Read(t, file, table, read.outcomes(), read.notes());
    }

    /** The columns with a role (truth, output, weight); every other column may be a slice. */
    Set<String> roleColumns(DataFile file) {
        Set<String> out = new LinkedHashSet<>();
        for (String c : new String[]{target, prediction, score, weight}) {
            if (c != null) {
                out.add(c);
            }
        }
        if (probaPrefix != null) {
            file.table().columnNames().stream().filter(c -> c.startsWith(probaPrefix)).forEach(out::add);
        }
        return out;
    }

    static CommandLine.ParameterException usage(CommandLine.Model.CommandSpec spec, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
