package dev.greenlight.model;

import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.config.GreenlightConfig.ModelConfig;
import dev.greenlight.table.Column;
import dev.greenlight.table.Columns;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import dev.greenlight.text.Suggestions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Which columns a model reads, and access to them with errors that name the model, the column and the row. */
public final class ModelInputs {

    private ModelInputs() {
    }

    /**
     * The features of a configuration as the checklist sees them: {@code features.include} when given, else every
     * column of {@code data} without another role (target, id, timestamp, group, weight, prediction columns),
     * less {@code features.exclude}; in data order.
     */
    public static List<String> defaultFeatures(GreenlightConfig config, Table data) {
        if (config.features().include() != null) {
            List<String> out = new ArrayList<>(config.features().include());
            out.removeAll(config.features().exclude());
            return out;
        }
        Set<String> roles = roleColumns(config);
        var p = config.prediction();
        List<String> out = new ArrayList<>();
        for (String c : data.columnNames()) {
            boolean prefixed = p.probabilityPrefix() != null && c.startsWith(p.probabilityPrefix());
            if (!roles.contains(c) && !prefixed && !config.features().exclude().contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private static Set<String> roleColumns(GreenlightConfig config) {
        Set<String> out = new HashSet<>();
        var p = config.prediction();
        var c = config.columns();
        for (String s : new String[]{config.target(), p.label(), p.score(), p.value(), c.id(), c.timestamp(),
                c.group(), c.weight()}) {
            if (s != null) {
                out.add(s);
            }
        }
        if (p.probabilities() != null) {
            out.addAll(p.probabilities().values());
        }
        out.addAll(config.labels().columns());
        return out;
    }

    /** The columns fed to a model: its declared {@code inputs}, else the context's features. */
    public static List<String> of(ModelConfig model, ModelContext context) {
        return model.inputs() != null ? model.inputs() : context.features();
    }

    /** A column the model reads; a missing one is an error naming the nearest column present. */
    public static Column column(ModelConfig model, Table rows, String name) {
        Optional<Column> c = rows.find(name);
        if (c.isEmpty()) {
            throw ModelException.of(model, "reads the column '" + name + "', which the data does not have"
                    + Suggestions.didYouMean(name, rows.columnNames()) + "; columns present: "
                    + String.join(", ", rows.columnNames()));
        }
        return c.get();
    }

    /** A column the model reads as numbers; text that is not a number is an error naming a value. */
    public static NumericColumn numeric(ModelConfig model, Table rows, String name) {
        Column c = column(model, rows, name);
        return Columns.asNumeric(c).orElseThrow(() -> ModelException.of(model, "reads the column '" + name
                + "' as numbers, but it holds " + c.type().key() + " values such as '" + firstText(c) + "'"));
    }

    private static String firstText(Column c) {
        for (int i = 0; i < c.size(); i++) {
            String v = c.format(i);
            if (v != null) {
                try {
                    Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    return v;
                }
            }
        }
        return "";
    }

    /** A number as a label is written in data: whole numbers without a decimal point. */
    public static String labelText(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
