package dev.greenlight.model.pmml;

import dev.greenlight.config.GreenlightConfig.ModelConfig;
import dev.greenlight.model.Model;
import dev.greenlight.model.ModelException;
import dev.greenlight.model.ModelInputs;
import dev.greenlight.model.Predictions;
import dev.greenlight.table.Column;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import org.jpmml.evaluator.Evaluator;
import org.jpmml.evaluator.EvaluatorUtil;
import org.jpmml.evaluator.FieldValue;
import org.jpmml.evaluator.HasProbability;
import org.jpmml.evaluator.InputField;
import org.jpmml.evaluator.TargetField;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A PMML model evaluated row by row. Input fields are matched to columns by name (PMML names its fields); numbers
 * go in as doubles, categories as text, missing values as missing. JPMML evaluators are safe to share between
 * threads.
 */
final class PmmlModel implements Model {
    private final ModelConfig model;
    private final Evaluator evaluator;
    private final List<InputField> inputs;
    private final TargetField target;
    private final List<String> classes;

    PmmlModel(ModelConfig model, Evaluator evaluator) {
        this.model = model;
        this.evaluator = evaluator;
        this.inputs = List.copyOf(evaluator.getInputFields());
        this.target = evaluator.getTargetFields().get(0);
        List<String> names = new ArrayList<>();
        if (target.getCategories() != null) {
            target.getCategories().forEach(c -> names.add(text(c)));
        }
        this.classes = names.isEmpty() ? null : List.copyOf(names);
    }

    @Override
    public Predictions predict(Table rows) {
        Column[] columns = new Column[inputs.size()];
        for (int j = 0; j < columns.length; j++) {
            columns[j] = ModelInputs.column(model, rows, inputs.get(j).getName());
        }
        int n = rows.rowCount();
        boolean classifier = classes != null;
        String[] labels = classifier ? new String[n] : null;
        double[][] probs = classifier ? new double[classes.size()][n] : null;
        boolean anyProbability = false;
        double[] values = classifier ? null : new double[n];
        for (int i = 0; i < n; i++) {
            Object result = evaluate(columns, i);
            if (!classifier) {
                values[i] = number(EvaluatorUtil.decode(result), i);
                continue;
            }
            Object label = EvaluatorUtil.decode(result);
            labels[i] = label == null ? null : text(label);
            if (result instanceof HasProbability p) {
                anyProbability = true;
                for (int k = 0; k < classes.size(); k++) {
                    Double v = p.getProbability(target.getCategories().get(k));
                    probs[k][i] = v == null ? 0.0 : v;
                }
            }
        }
        if (!classifier) {
            return Predictions.ofValues(values);
        }
        return Predictions.ofClasses(labels, classes, anyProbability ? probs : null);
    }

    private Object evaluate(Column[] columns, int row) {
        Map<String, FieldValue> arguments = new HashMap<>();
        for (int j = 0; j < columns.length; j++) {
            InputField f = inputs.get(j);
            Object raw = columns[j] instanceof NumericColumn num ? (num.isMissing(row) ? null : num.get(row))
                    : columns[j].format(row);
            try {
                arguments.put(f.getName(), f.prepare(raw));
            } catch (RuntimeException e) {
                throw ModelException.of(model, "input field '" + f.getName() + "' cannot take the value '" + raw
                        + "' of row " + (row + 1) + " of the batch: " + PmmlModelLoader.message(e), e);
            }
        }
        Map<String, ?> results;
        try {
            results = evaluator.evaluate(arguments);
        } catch (RuntimeException e) {
            throw ModelException.of(model, "JPMML-Evaluator could not score row " + (row + 1) + " of the batch: "
                    + PmmlModelLoader.message(e), e);
        }
        return results.get(target.getName());
    }

    private double number(Object v, int row) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v == null) {
            return Double.NaN;
        }
        throw ModelException.of(model, "predicted '" + v + "' for row " + (row + 1) + " of the batch; a regression "
                + "model must predict a number");
    }

    private static String text(Object v) {
        return v instanceof Number n ? ModelInputs.labelText(n.doubleValue()) : String.valueOf(v);
    }
}
