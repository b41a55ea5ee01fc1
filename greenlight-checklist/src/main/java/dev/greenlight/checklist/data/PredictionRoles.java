package dev.greenlight.checklist.data;

import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.error.InvalidDataException;
import dev.greenlight.io.DataFile;
import dev.greenlight.table.Table;
import dev.greenlight.text.Suggestions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns that hold the model's output, resolved against the data: multiclass probability columns named by a
 * prefix become one column per class label.
 *
 * @param label              predicted label column, or null
 * @param score              binary positive-class score column, or null
 * @param probabilityColumns multiclass: class label to column, or null (before labels are known: the declared map)
 * @param prefix             multiclass: the declared prefix, or null
 * @param value              regression: predicted value column, or null
 */
record PredictionRoles(String label, String score, Map<String, String> probabilityColumns, String prefix,
                       String value) {

    static PredictionRoles of(GreenlightConfig config, Table train, Table test) {
        var p = config.prediction();
        return new PredictionRoles(p.label(), p.score(), p.probabilities(), p.probabilityPrefix(), p.value());
    }

    /** Output columns the config names explicitly (prefix columns are resolved later). */
    List<String> declared() {
        List<String> out = new ArrayList<>();
        if (label != null) {
            out.add(label);
        }
        if (score != null) {
            out.add(score);
        }
        if (value != null) {
            out.add(value);
        }
        if (probabilityColumns != null) {
            out.addAll(probabilityColumns.values());
        }
        return out;
    }

    boolean hasPredictions(Table t) {
        List<String> cols = declared();
        if (prefix != null && probabilityColumns == null) {
            return label != null && t.has(label);
        }
        return !cols.isEmpty() && cols.stream().allMatch(t::has);
    }

    /**
     * The target must be in train, test and validation; the prediction columns in test and validation. Train may
     * lack predictions (noted by the caller), production may lack both.
     */
    void requirePresent(String role, DataFile f, GreenlightConfig config) {
        Table t = f.table();
        boolean needsTarget = !role.equals("production");
        if (needsTarget && !t.has(config.target())) {
            throw missing(f, config.target(), "target", config.locations().line("/target"), config);
        }
        boolean needsPredictions = role.equals("test") || role.equals("validation");
        if (needsPredictions) {
            for (String c : declared()) {
                if (!t.has(c)) {
                    throw missing(f, c, "prediction", config.locations().line("/prediction"), config);
                }
            }
        }
    }

    private static InvalidDataException missing(DataFile f, String column, String what, int line,
                                                GreenlightConfig config) {
        return new InvalidDataException(f.path() + ": no " + what + " column '" + column + "' (named in "
                + config.file().getFileName() + " line " + line + ")" + Suggestions.didYouMean(column,
                f.table().columnNames()) + "; columns present: " + String.join(", ", f.table().columnNames()));
    }

    /** Resolves prefix-named probability columns for the class labels, checking each exists where needed. */
    PredictionRoles withProbabilityColumns(List<String> labels, Map<String, DataFile> files) {
        Map<String, String> cols = probabilityColumns;
        if (prefix != null) {
            cols = new LinkedHashMap<>();
            for (String l : labels) {
                cols.put(l, prefix + l);
            }
        }
        if (cols == null) {
            return this;
        }
        for (String l : labels) {
            if (!cols.containsKey(l)) {
                throw new InvalidDataException("no probability column for class '" + l + "': prediction"
                        + ".probabilities.columns lists " + cols.keySet() + ", the labels are " + labels);
            }
        }
        for (var e : files.entrySet()) {
            boolean needed = e.getKey().equals("test") || e.getKey().equals("validation");
            Table t = e.getValue().table();
            for (String c : cols.values()) {
                if (needed && !t.has(c)) {
                    throw new InvalidDataException(e.getValue().path() + ": no probability column '" + c
                            + "' (one per class label " + labels + ")" + Suggestions.didYouMean(c, t.columnNames())
                            + "; columns present: " + String.join(", ", t.columnNames()));
                }
            }
        }
        return new PredictionRoles(label, score, cols, prefix, value);
    }

    /** Every column with a role other than feature. */
    Set<String> columns(GreenlightConfig config) {
        Set<String> out = new HashSet<>(declared());
        out.add(config.target());
        config.baselines().stream().filter(b -> b.column() != null).forEach(b -> out.add(b.column()));
        out.addAll(config.labels().columns());
        var c = config.columns();
        for (String s : new String[]{c.id(), c.timestamp(), c.group(), c.weight(),
                config.metrics().aggregateBy()}) {
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }
}
