package dev.greenlight.cli;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.io.DataFile;
import dev.greenlight.io.TableReader;
import dev.greenlight.io.output.Outputs;
import dev.greenlight.labels.LabelSelection;
import dev.greenlight.labels.Selection;
import dev.greenlight.labels.SelectionInput;
import dev.greenlight.labels.SelectionStrategy;
import dev.greenlight.report.labels.SelectionOutput;
import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.Column;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code greenlight labels select}: which rows to send to labelling. */
@Command(name = "select", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Chooses the rows to send to labelling and writes them as CSV or as a Label Studio import "
                + "file. random and stratified keep the labelled rows representative; uncertainty, margin and "
                + "entropy take the rows the model is least sure of; diversity spreads the rows over the feature "
                + "space (k-center greedy on standardised numeric features).")
final class LabelsSelectCommand implements Callable<Integer> {

    /** The output file's format. */
    enum Format { csv, label_studio }

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "The candidate rows (CSV, "
            + "Parquet, JSON Lines).")
    Path data;

    @Option(names = "--budget", required = true, paramLabel = "N", description = "How many rows to select.")
    int budget;

    @Option(names = "--strategy", required = true, paramLabel = "STRATEGY", description = "random, stratified, "
            + "uncertainty, margin, entropy or diversity.")
    String strategy;

    @Option(names = "--score", paramLabel = "COLUMN", description = "Binary: the positive class's probability.")
    String score;

    @Option(names = "--proba-prefix", paramLabel = "PREFIX", description = "Class probabilities in the columns "
            + "PREFIX followed by each class label, e.g. p_0, p_1.")
    String probaPrefix;

    @Option(names = "--stratify", paramLabel = "COLUMN", description = "stratified: the column whose groups keep "
            + "their shares.")
    String stratify;

    @Option(names = "--features", split = ",", paramLabel = "COL", description = "diversity: the numeric feature "
            + "columns. Default: every numeric column except the score columns and --exclude.")
    List<String> features;

    @Option(names = "--exclude", split = ",", paramLabel = "COL", description = "diversity: columns that are not "
            + "features (an id, the label) when --features is not given.")
    List<String> exclude;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of random, stratified and "
            + "diversity. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the rows.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", converter = FormatConverter.class,
            description = "csv (the selected rows with every column, plus greenlight_row and greenlight_priority) "
                    + "or label-studio (a JSON list of tasks). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--force", description = "Replace --out if it exists.")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        SelectionStrategy s = SelectionStrategy.named(strategy);
        if (score != null && probaPrefix != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either --score or --proba-prefix, "
                    + "not both");
        }
        Outputs outputs = Outputs.of(force, data);
        outputs.requireFile(out);
        DataFile file = TableReader.read(data);
        Table table = file.table();
        double[][] probabilities = s.needsScores() ? probabilities(file) : null;
        int[] strata = s == SelectionStrategy.STRATIFIED ? strata(file) : null;
        double[][] featureValues = s == SelectionStrategy.DIVERSITY ? features(file) : null;
        Selection selection = LabelSelection.select(new SelectionInput(table.rowCount(), probabilities, strata,
                featureValues), s, budget, seed);
        outputs.write(out, stream -> {
            Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            if (format == Format.csv) {
                SelectionOutput.csv(table, selection, w);
            } else {
                SelectionOutput.labelStudio(table, selection, w);
            }
            w.flush();
        });
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("Selected " + selection.rows().length + " of " + table.rowCount() + " rows by " + s.key()
                + (s.needsScores() ? "" : " (seed " + seed + ")") + "; wrote " + out);
        stdout.flush();
        return ExitCode.OK;
    }

    private double[][] probabilities(DataFile file) {
        Table t = file.table();
        List<NumericColumn> columns = new ArrayList<>();
        if (score != null) {
            columns.add(numeric(file, score));
        } else if (probaPrefix != null) {
            for (String name : t.columnNames()) {
                if (name.startsWith(probaPrefix)) {
                    columns.add(numeric(file, name));
                }
            }
            if (columns.size() < 2) {
                throw new InvalidDataException(file.fileName() + " has " + columns.size() + " column(s) starting "
                        + "with '" + probaPrefix + "'; --proba-prefix needs one per class, at least two");
            }
        } else {
            throw new InvalidDataException("--strategy " + strategy + " needs the model's scores: give --score or "
                    + "--proba-prefix");
        }
        double[][] p = new double[t.rowCount()][];
        for (int i = 0; i < p.length; i++) {
            double[] row = new double[score != null ? 2 : columns.size()];
            for (int k = 0; k < columns.size(); k++) {
                double v = columns.get(k).get(i);
                if (!(v >= 0 && v <= 1)) {
                    throw new InvalidDataException(file.fileName() + ", row " + (i + 1) + ", column '"
                            + columns.get(k).name() + "': expected a probability between 0 and 1, found "
                            + (Double.isNaN(v) ? "an empty value" : columns.get(k).format(i)));
                }
                if (score != null) {
                    row[0] = 1 - v;
                    row[1] = v;
                } else {
                    row[k] = v;
                }
            }
            p[i] = row;
        }
        return p;
    }

    private int[] strata(DataFile file) {
        if (stratify == null) {
            throw new InvalidDataException("--strategy stratified needs --stratify COLUMN");
        }
        Column c = column(file, stratify);
        int[] codes = new int[c.size()];
        java.util.Map<String, Integer> index = new java.util.TreeMap<>();
        for (int i = 0; i < c.size(); i++) {
            String v = c.format(i);
            codes[i] = v == null ? -1 : index.computeIfAbsent(v, k -> index.size());
        }
        return codes;
    }

    private double[][] features(DataFile file) {
        Table t = file.table();
        List<NumericColumn> columns = new ArrayList<>();
        if (features != null) {
            for (String f : features) {
                columns.add(numeric(file, f));
            }
        } else {
            for (Column c : t.columns()) {
                boolean scoreColumn = c.name().equals(score) || (probaPrefix != null
                        && c.name().startsWith(probaPrefix)) || (exclude != null && exclude.contains(c.name()));
                if (c instanceof NumericColumn n && n.type() == ColumnType.NUMERIC && !scoreColumn) {
                    columns.add(n);
                }
            }
        }
        double[][] x = new double[t.rowCount()][columns.size()];
        for (int j = 0; j < columns.size(); j++) {
            for (int i = 0; i < x.length; i++) {
                x[i][j] = columns.get(j).get(i);
            }
        }
        return x;
    }

    private static Column column(DataFile file, String name) {
        return file.table().find(name).orElseThrow(() -> new InvalidDataException(file.fileName() + " has no "
                + "column '" + name + "'; its columns are " + String.join(", ", file.table().columnNames())));
    }

    private static NumericColumn numeric(DataFile file, String name) {
        Column c = column(file, name);
        if (c instanceof NumericColumn n) {
            return n;
        }
        CategoricalColumn cat = (CategoricalColumn) c;
        throw new InvalidDataException(file.fileName() + ", column '" + name + "': expected numbers, found values "
                + "such as '" + cat.dictionary().get(0) + "'");
    }

    /** Accepts {@code label-studio} for the enum constant {@code label_studio}. */
    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.replace('-', '_').toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("expected csv or label-studio, found '" + value + "'");
            }
        }
    }
}
