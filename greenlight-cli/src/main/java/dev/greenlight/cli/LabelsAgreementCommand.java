package dev.greenlight.cli;

import dev.greenlight.io.DataFile;
import dev.greenlight.io.TableReader;
import dev.greenlight.labels.AgreementOptions;
import dev.greenlight.labels.AgreementReport;
import dev.greenlight.labels.RaterAgreement;
import dev.greenlight.labels.Ratings;
import dev.greenlight.metrics.KappaWeighting;
import dev.greenlight.metrics.MeasurementLevel;
import dev.greenlight.report.labels.AgreementOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code greenlight labels agreement}: how far human raters agree on the same rows. */
@Command(name = "agreement", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "How far raters agree on the same rows: Cohen's kappa for each pair (scikit-learn's "
                + "cohen_kappa_score, with statsmodels' standard error, interval and p-value), Fleiss' and "
                + "Randolph's kappa over all raters, Krippendorff's alpha (missing ratings allowed), and each rater "
                + "against the majority of the others.")
final class LabelsAgreementCommand implements Callable<Integer> {

    /** Cohen's kappa weights, as scikit-learn's {@code weights}. */
    enum Weights { none, linear, quadratic }

    /** Krippendorff's level of measurement. */
    enum Level { nominal, ordinal, interval, ratio }

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "The data file (CSV, Parquet, "
            + "JSON Lines), one row per labelled item.")
    Path data;

    @Option(names = "--raters", required = true, split = ",", paramLabel = "COL", description = "Two or more "
            + "columns, one per rater; an empty value means that rater did not label the row.")
    List<String> raters;

    @Option(names = "--weights", paramLabel = "W", defaultValue = "none", description = "Cohen's kappa weights: "
            + "none, linear or quadratic (the last two for ordered labels). Default: ${DEFAULT-VALUE}.")
    Weights weights;

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "nominal", description = "Krippendorff's alpha "
            + "level of measurement: nominal, ordinal, interval or ratio. Default: ${DEFAULT-VALUE}.")
    Level level;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json. "
            + "Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        DataFile file = TableReader.read(data);
        Ratings ratings = Ratings.of(file.table(), raters, file.fileName());
        AgreementOptions options = new AgreementOptions(KappaWeighting.valueOf(weights.name().toUpperCase(
                Locale.ROOT)), MeasurementLevel.valueOf(level.name().toUpperCase(Locale.ROOT)), 0.95);
        AgreementReport report = RaterAgreement.of(ratings, options);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == OutputFormat.json ? AgreementOutput.json(report) : AgreementOutput.table(report));
        out.flush();
        return ExitCode.OK;
    }
}
