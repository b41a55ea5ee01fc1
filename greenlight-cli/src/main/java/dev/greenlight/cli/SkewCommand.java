package dev.greenlight.cli;

import dev.greenlight.io.DataFile;
import dev.greenlight.io.TableReader;
import dev.greenlight.report.skew.SkewJson;
import dev.greenlight.report.skew.SkewText;
import dev.greenlight.skew.SkewAnalysis;
import dev.greenlight.skew.SkewLimits;
import dev.greenlight.skew.SkewOptions;
import dev.greenlight.skew.SkewReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code greenlight skew}: the same records through the training and the serving pipeline, compared. */
@Command(name = "skew", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Compares the features the training pipeline and the serving pipeline produced for the same "
                + "records (joined by id): per feature the share of records that differ, the largest and mean "
                + "absolute difference, values missing on one side only, categorical values mapped differently, "
                + "and the distance between the two distributions; features ranked by how much they differ.")
final class SkewCommand implements Callable<Integer> {

    @Option(names = "--training", required = true, paramLabel = "FILE", description = "The records as the "
            + "training pipeline produced them.")
    Path training;

    @Option(names = "--serving", required = true, paramLabel = "FILE", description = "The same records as the "
            + "serving pipeline produced them (e.g. logged at serving time).")
    Path serving;

    @Option(names = "--id", required = true, paramLabel = "COLUMN", description = "The column that identifies a "
            + "record in both files.")
    String id;

    @Option(names = "--columns", split = ",", paramLabel = "COL", description = "The features to compare. "
            + "Default: every column both files have.")
    List<String> columns;

    @Option(names = "--tolerance", paramLabel = "X", defaultValue = "1e-6", description = "Two numbers differ "
            + "when |t - s| > X * max(1, |t|). Default: ${DEFAULT-VALUE}.")
    double tolerance;

    @Option(names = "--max-differing-share", paramLabel = "SHARE", defaultValue = "0", description = "A feature is "
            + "skewed when more than this share of its records differ. Default: ${DEFAULT-VALUE}.")
    double maxDifferingShare;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json. "
            + "Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Option(names = "--fail-on-skew", description = "Exit with 1 when a feature is skewed (for CI).")
    boolean failOnSkew;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--tolerance must be a number at least 0, "
                    + "found " + tolerance);
        }
        if (!(maxDifferingShare >= 0 && maxDifferingShare <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-differing-share must be between 0 "
                    + "and 1, found " + maxDifferingShare);
        }
        DataFile t = TableReader.read(training);
        DataFile s = TableReader.read(serving);
        SkewReport report = SkewAnalysis.of(t.table(), t.fileName(), s.table(), s.fileName(),
                new SkewOptions(id, columns, tolerance));
        SkewLimits limits = new SkewLimits(maxDifferingShare);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == OutputFormat.json ? SkewJson.write(report, limits) : SkewText.render(report, limits));
        out.flush();
        return failOnSkew && !limits.skewed(report).isEmpty() ? ExitCode.NOT_READY : ExitCode.OK;
    }
}
