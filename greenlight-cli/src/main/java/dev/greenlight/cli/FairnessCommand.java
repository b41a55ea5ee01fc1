package dev.greenlight.cli;

import dev.greenlight.fairness.FairnessAssessment;
import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.report.fairness.FairnessJson;
import dev.greenlight.report.fairness.FairnessText;
import dev.greenlight.slices.SliceLabels;
import dev.greenlight.text.Suggestions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

/** {@code greenlight fairness}: rates per group and Fairlearn's disparities for each sensitive attribute. */
@Command(name = "fairness", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Per group of each sensitive attribute (numbers in quartile bins) and of their intersection: "
                + "selection rate, true and false positive rates, precision and accuracy with Wilson intervals, and "
                + "Fairlearn's demographic parity, equalized odds and equal opportunity differences and the "
                + "disparate impact ratio (binary); mean error and MAE per group (regression). See docs/fairness.md.")
final class FairnessCommand implements Callable<Integer> {
    static final int BINS = 4;

    @CommandLine.Mixin
    OutcomeOptions data;

    @Option(names = "--sensitive", required = true, paramLabel = "COLUMN", description = "A sensitive attribute "
            + "(repeatable).")
    List<String> sensitive = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json. "
            + "Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        OutcomeOptions.Read read = data.read(spec);
        if (read.outcomes() instanceof ClassificationOutcomes c && !c.isBinary()) {
            throw OutcomeOptions.usage(spec, "fairness rates need a binary or regression task (got multiclass)");
        }
        var table = read.table();
        int[] rows = IntStream.range(0, table.rowCount()).toArray();
        List<String[]> labels = new ArrayList<>();
        List<FairnessAssessment> assessments = new ArrayList<>();
        for (String s : sensitive) {
            if (!table.has(s)) {
                throw OutcomeOptions.usage(spec, "--sensitive: no column '" + s + "' in " + read.file().fileName()
                        + Suggestions.didYouMean(s, table.columnNames()));
            }
            String[] l = SliceLabels.of(table.column(s), rows, BINS);
            labels.add(l);
            assessments.add(FairnessAssessment.of(s, read.outcomes(), SliceLabels.groups(l)));
        }
        if (sensitive.size() > 1) {
            assessments.add(FairnessAssessment.of(String.join(" × ", sensitive), read.outcomes(),
                    FairnessAssessment.intersect(sensitive, labels)));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == OutputFormat.json ? FairnessJson.write(read.task().key(), table.rowCount(), assessments)
                : FairnessText.render(assessments));
        out.flush();
        return ExitCode.OK;
    }
}
