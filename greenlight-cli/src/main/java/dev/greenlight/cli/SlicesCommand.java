package dev.greenlight.cli;

import dev.greenlight.report.slices.SlicesJson;
import dev.greenlight.report.slices.SlicesText;
import dev.greenlight.slices.Segment;
import dev.greenlight.slices.WeakSegmentSearch;
import dev.greenlight.table.Column;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.Identifiers;
import dev.greenlight.text.Suggestions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

/** {@code greenlight slices}: the slices of the data where the model does significantly worse. */
@Command(name = "slices", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Finds the slices of the data (a bin or value of one column, or of a pair) where the model "
                + "does significantly worse than elsewhere: per-row errors compared by a one-sided Fisher exact test "
                + "(classification) or Welch t-test on absolute errors (regression), p-values corrected with "
                + "Benjamini-Hochberg over every slice tested, ranked by gap times size.")
final class SlicesCommand implements Callable<Integer> {

    @CommandLine.Mixin
    OutcomeOptions data;

    @Option(names = "--slice", paramLabel = "COLUMN", description = "A column to slice by (repeatable). Default: "
            + "every column that is not the truth, an output or the weight.")
    List<String> slices = new ArrayList<>();

    @Option(names = "--min-size", paramLabel = "ROWS", description = "Smallest slice (and rest) judged. Default: "
            + "max(30, 1%% of the rows).")
    Integer minSize;

    @Option(names = "--alpha", paramLabel = "LEVEL", defaultValue = "0.05", description = "Level of the corrected "
            + "p-values. Default: ${DEFAULT-VALUE}.")
    double alpha;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "How many slices to list. "
            + "Default: ${DEFAULT-VALUE}.")
    int top;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json. "
            + "Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        OutcomeOptions.Read read = data.read(spec);
        var table = read.table();
        Map<String, Column> columns = new LinkedHashMap<>();
        if (slices.isEmpty()) {
            Set<String> roles = data.roleColumns(read.file());
            for (Column c : table.columns()) {
                // a row identifier cuts the data into row ranges that mean nothing; --slice still takes it
                if (!roles.contains(c.name()) && c.type() != ColumnType.TEXT && c.type() != ColumnType.DATETIME
                        && !Identifiers.isIdentifier(c)) {
                    columns.put(c.name(), c);
                }
            }
        } else {
            for (String s : slices) {
                if (!table.has(s)) {
                    throw OutcomeOptions.usage(spec, "--slice: no column '" + s + "' in " + read.file().fileName()
                            + Suggestions.didYouMean(s, table.columnNames()));
                }
                columns.put(s, table.column(s));
            }
        }
        int n = read.outcomes().size();
        WeakSegmentSearch.Options defaults = WeakSegmentSearch.Options.defaults(n);
        WeakSegmentSearch.Options options = new WeakSegmentSearch.Options(minSize == null ? defaults.minSize()
                : minSize, alpha, defaults.bins(), defaults.pairs(), defaults.maxPairFeatures(), top);
        List<Segment> segments = WeakSegmentSearch.search(read.outcomes(), columns, IntStream.range(0, n).toArray(),
                options);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == OutputFormat.json ? SlicesJson.write(read.task().key(), n, segments)
                : SlicesText.render(n, options, segments));
        out.flush();
        return ExitCode.OK;
    }
}
