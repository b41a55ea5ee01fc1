package dev.greenlight.model.remote;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.greenlight.config.GreenlightConfig.ModelConfig;
import dev.greenlight.config.GreenlightConfig.ModelOutputs;
import dev.greenlight.metrics.Task;
import dev.greenlight.model.ModelInputs;
import dev.greenlight.model.Predictions;
import dev.greenlight.table.Column;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * MLflow's scoring server ({@code POST /invocations}): the rows go out as {@code dataframe_split} (columns by
 * name, so numbers and text mix); the answer is {@code {"predictions": [...]}} (MLflow 2) or a bare list (MLflow
 * 1), with one number or label, one list of class probabilities, or one object per row. See
 * https://mlflow.org/docs/latest/deployment/deploy-model-locally.html.
 */
final class MlflowProtocol implements WireProtocol {
    private static final JsonFactory JSON = new JsonFactory();

    private final Task task;
    private final ModelOutputs declared;
    private final ModelConfig model;

    MlflowProtocol(ModelConfig model, Task task) {
        this.task = task;
        this.declared = model.outputs();
        this.model = model;
    }

    @Override
    public byte[] request(Table rows, List<String> columns) throws IOException {
        Column[] cols = new Column[columns.size()];
        for (int j = 0; j < cols.length; j++) {
            cols[j] = ModelInputs.column(model, rows, columns.get(j));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + rows.rowCount() * cols.length * 12);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("dataframe_split");
            g.writeArrayFieldStart("columns");
            for (String c : columns) {
                g.writeString(c);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("data");
            for (int i = 0; i < rows.rowCount(); i++) {
                g.writeStartArray();
                for (Column c : cols) {
                    if (c.isMissing(i)) {
                        g.writeNull();
                    } else if (c instanceof NumericColumn n) {
                        g.writeNumber(n.get(i));
                    } else {
                        g.writeString(c.format(i));
                    }
                }
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    @Override
    public Predictions response(JsonNode answer, int rows) {
        JsonNode list = answer.isArray() ? answer : answer.get("predictions");
        if (list == null || !list.isArray()) {
            throw new RemoteAnswerException("expected {\"predictions\": [...]} (MLflow), found "
                    + Answers.describe(answer));
        }
        if (list.size() != rows) {
            throw new RemoteAnswerException("returned " + list.size() + " predictions for " + rows + " rows");
        }
        if (rows > 0 && list.get(0).isObject()) {
            return fromObjects(list, rows);
        }
        if (rows > 0 && list.get(0).isArray()) {
            return fromLists(list, rows);
        }
        List<JsonNode> values = new ArrayList<>();
        list.forEach(values::add);
        return task.isClassification() ? Predictions.ofClasses(Answers.texts(values), null, null)
                : Predictions.ofValues(Answers.numbers(values, "the predictions"));
    }

    /** One list per row: class probabilities, or a one-element list holding the value. */
    private Predictions fromLists(JsonNode list, int rows) {
        int k = list.get(0).size();
        double[][] byClass = new double[k][rows];
        for (int i = 0; i < rows; i++) {
            JsonNode row = list.get(i);
            if (!row.isArray() || row.size() != k) {
                throw new RemoteAnswerException("prediction " + (i + 1) + " is " + Answers.describe(row)
                        + "; expected a list of " + k + " numbers like the first");
            }
            List<JsonNode> cells = new ArrayList<>();
            row.forEach(cells::add);
            double[] v = Answers.numbers(cells, "prediction " + (i + 1));
            for (int c = 0; c < k; c++) {
                byClass[c][i] = v[c];
            }
        }
        if (!task.isClassification()) {
            if (k != 1) {
                throw new RemoteAnswerException("each prediction is a list of " + k + " numbers; a regression "
                        + "model must give one value per row");
            }
            return Predictions.ofValues(byClass[0]);
        }
        return Predictions.ofClasses(null, declared.classes(), byClass);
    }

    /** One object per row: the declared output names pick the fields. */
    private Predictions fromObjects(JsonNode list, int rows) {
        JsonNode first = list.get(0);
        String value = declared.value();
        String label = declared.label();
        String probs = declared.probabilities();
        if (!task.isClassification() && value == null && first.size() == 1) {
            value = first.fieldNames().next();
        }
        if (task.isClassification() ? label == null && probs == null : value == null) {
            throw new RemoteAnswerException("each prediction is " + Answers.describe(first) + "; name the field(s) "
                    + "to read under 'outputs' (" + (task.isClassification() ? "label, probabilities" : "value")
                    + ")");
        }
        List<JsonNode> values = new ArrayList<>();
        List<JsonNode> labels = new ArrayList<>();
        List<JsonNode> probRows = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            JsonNode row = list.get(i);
            if (value != null) {
                values.add(field(row, value, i));
            }
            if (label != null) {
                labels.add(field(row, label, i));
            }
            if (probs != null) {
                probRows.add(field(row, probs, i));
            }
        }
        if (value != null) {
            return Predictions.ofValues(Answers.numbers(values, "field '" + value + "'"));
        }
        double[][] byClass = null;
        if (probs != null) {
            com.fasterxml.jackson.databind.node.ArrayNode arr =
                    com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
            probRows.forEach(arr::add);
            byClass = fromLists(arr, rows).probabilities();
        }
        return Predictions.ofClasses(label == null ? null : Answers.texts(labels), declared.classes(), byClass);
    }

    private static JsonNode field(JsonNode row, String name, int i) {
        JsonNode v = row.get(name);
        if (v == null) {
            throw new RemoteAnswerException("prediction " + (i + 1) + " has no field '" + name + "'; it is "
                    + Answers.describe(row));
        }
        return v;
    }
}
