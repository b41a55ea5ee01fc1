package dev.greenlight.report.score;

import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.error.GreenlightException;
import dev.greenlight.io.ReadOptions;
import dev.greenlight.io.TableReader;
import dev.greenlight.io.output.Outputs;
import dev.greenlight.metrics.Labels;
import dev.greenlight.model.BatchScorer;
import dev.greenlight.model.Predictions;
import dev.greenlight.table.Column;
import dev.greenlight.table.Table;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Scored rows as CSV (RFC 4180): the id column (or {@code row}, the 1-based data row), {@code prediction} (the
 * label or value), for a classifier with probabilities {@code p_<class>} per class, and {@code served_by} when a
 * fallback was involved.
 */
public final class PredictionsCsv {
    private final GreenlightConfig config;
    private final Table rows;

    public PredictionsCsv(GreenlightConfig config, Table rows) {
        this.config = config;
        this.rows = rows;
    }

    /** Writes the CSV beside {@code out} and renames it, so a killed run leaves the old file, never a cut one. */
    public void write(BatchScorer.Scored scored, Path out, Outputs outputs) {
        Predictions p = scored.predictions();
        List<String> classes = p.hasProbabilities() ? classes(p) : List.of();
        String idName = config.columns().id();
        Column id = idName == null ? null : rows.find(idName).orElse(null);
        List<String> header = new ArrayList<>();
        header.add(id == null ? "row" : idName);
        header.add("prediction");
        classes.forEach(c -> header.add("p_" + c));
        if (scored.servedBy() != null) {
            header.add("served_by");
        }
        outputs.write(out, stream -> {
            Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            line(w, header);
            for (int i = 0; i < p.rows(); i++) {
                List<String> cells = new ArrayList<>();
                cells.add(id == null ? Integer.toString(i + 1) : id.format(i));
                cells.add(prediction(p, classes, i));
                for (double[] col : p.hasProbabilities() ? p.probabilities() : new double[0][]) {
                    cells.add(Double.toString(col[i]));
                }
                if (scored.servedBy() != null) {
                    cells.add(scored.servedBy()[i]);
                }
                line(w, cells);
            }
            w.flush();
        });
    }

    private static String prediction(Predictions p, List<String> classes, int i) {
        if (p.hasValues()) {
            return Double.toString(p.values()[i]);
        }
        if (p.hasLabels()) {
            return p.labels()[i];
        }
        return classes.get(dev.greenlight.metrics.PredictedClass.argmax(p.probabilities(), i));
    }

    /**
     * The classes of the probability columns: as the model names them, else the target's labels in sorted order
     * (scikit-learn's {@code classes_}), from this dataset or, when it has no target, from the training data.
     */
    private List<String> classes(Predictions p) {
        if (p.classes() != null) {
            return p.classes();
        }
        Table withTarget = rows.has(config.target()) ? rows : TableReader.read(config.datasets().train(),
                new ReadOptions(config.features().types(), Set.of())).table();
        Set<String> seen = new LinkedHashSet<>();
        Column target = withTarget.column(config.target());
        for (int i = 0; i < target.size(); i++) {
            if (!target.isMissing(i)) {
                seen.add(target.format(i));
            }
        }
        List<String> labels = Labels.sorted(seen);
        if (labels.size() != p.probabilities().length) {
            throw new GreenlightException("the model gives " + p.probabilities().length + " class probabilities per "
                    + "row without naming the classes, but the target has " + labels.size() + " labels " + labels
                    + "; name them under outputs.classes");
        }
        return labels;
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        for (int j = 0; j < cells.size(); j++) {
            if (j > 0) {
                w.write(',');
            }
            w.write(quote(cells.get(j)));
        }
        w.write('\n');
    }

    private static String quote(String v) {
        if (v == null) {
            return "";
        }
        boolean needs = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return needs ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
