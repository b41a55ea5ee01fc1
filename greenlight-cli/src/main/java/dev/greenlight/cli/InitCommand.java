package dev.greenlight.cli;

import dev.greenlight.config.ConfigTemplate;
import dev.greenlight.error.GreenlightException;
import dev.greenlight.io.DataFile;
import dev.greenlight.io.TableReader;
import dev.greenlight.io.output.Outputs;
import dev.greenlight.metrics.Task;
import dev.greenlight.text.Suggestions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code greenlight init}: writes a commented configuration for a train and a test file. */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Writes a commented greenlight.yaml for a train and a test file, with the task and the column "
                + "types inferred from the data and every open question listed.")
final class InitCommand implements Callable<Integer> {

    @Option(names = "--train", required = true, paramLabel = "FILE", description = "Training data (CSV, Parquet, "
            + "JSON Lines).")
    Path train;

    @Option(names = "--test", required = true, paramLabel = "FILE", description = "Test data with the model's "
            + "predictions.")
    Path test;

    @Option(names = "--target", required = true, paramLabel = "COLUMN", description = "The label column.")
    String target;

    @Option(names = "--prediction", paramLabel = "COLUMN", description = "The predicted label (classification) or "
            + "value (regression) column. Default: guessed by name.")
    String prediction;

    @Option(names = "--score", paramLabel = "COLUMN", description = "Binary: the positive-class probability column.")
    String score;

    @Option(names = "--task", paramLabel = "TASK", description = "binary, multiclass, regression or forecast. "
            + "Default: inferred from the target.")
    String task;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "greenlight.yaml",
            description = "Where to write the configuration. Default: ${DEFAULT-VALUE}.")
    Path output;

    @Option(names = "--force", description = "Overwrite an existing file.")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Task t = null;
        if (task != null) {
            t = Task.fromKey(task);
            if (t == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--task: expected binary, multiclass, "
                        + "regression or forecast, found '" + task + "'");
            }
        }
        Outputs outputs = Outputs.of(force, train, test);
        outputs.requireFile(output);
        DataFile trainFile = TableReader.read(train);
        DataFile testFile = TableReader.read(test);
        requireColumn(trainFile, target, "--target");
        requireColumn(testFile, target, "--target");
        if (prediction != null) {
            requireColumn(testFile, prediction, "--prediction");
        }
        if (score != null) {
            requireColumn(testFile, score, "--score");
        }
        Path dir = output.toAbsolutePath().getParent();
        String yaml = ConfigTemplate.render(new ConfigTemplate.Request(trainFile.path(), trainFile.table(),
                testFile.path(), target, prediction, score, t, dir), LocalDate.now());
        outputs.writeText(output, yaml);
        spec.commandLine().getOut().println("Wrote " + output + ". Fill in the open questions, then run: greenlight "
                + "check " + output + " --out greenlight-report");
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    private static void requireColumn(DataFile f, String column, String option) {
        if (!f.table().has(column)) {
            throw new GreenlightException(f.path() + ": no column '" + column + "' (" + option + ")"
                    + Suggestions.didYouMean(column, f.table().columnNames()) + "; columns present: "
                    + String.join(", ", f.table().columnNames()));
        }
    }
}
