package dev.greenlight.model.remote;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.greenlight.config.GreenlightConfig.ModelConfig;
import dev.greenlight.config.GreenlightConfig.ModelOutputs;
import dev.greenlight.metrics.Task;
import dev.greenlight.model.ModelInputs;
import dev.greenlight.model.Predictions;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Open Inference Protocol v2 (KServe, Triton, Seldon MLServer): the rows go out as one
 * {@code [rows, columns]} tensor, row-major; the answer's {@code outputs} are tensors with a name, a datatype, a
 * shape and flat (or nested) data. See https://kserve.github.io/website/latest/modelserving/data_plane/v2_protocol/.
 */
final class OpenInferenceProtocol implements WireProtocol {
    private static final JsonFactory JSON = new JsonFactory();
    private static final Set<String> LABEL_TYPES = Set.of("BYTES", "BOOL", "INT8", "INT16", "INT32", "INT64",
            "UINT8", "UINT16", "UINT32", "UINT64");

    private final Task task;
    private final ModelOutputs declared;
    private final String inputName;
    private final String datatype;
    private final ModelConfig model;

    /**
     * @param inputName the input tensor's name ({@code input-0} unless the options say otherwise)
     * @param datatype  {@code FP32} (most served models) or {@code FP64}
     */
    OpenInferenceProtocol(ModelConfig model, Task task, String inputName, String datatype) {
        this.task = task;
        this.declared = model.outputs();
        this.inputName = inputName;
        this.datatype = datatype;
        this.model = model;
    }

    /** One output tensor of an answer. */
    private record Tensor(String name, String datatype, List<Long> shape, List<JsonNode> data) {
        long columns(int rows) {
            return rows == 0 ? 0 : data.size() / rows;
        }
    }

    @Override
    public byte[] request(Table rows, List<String> columns) throws IOException {
        NumericColumn[] cols = new NumericColumn[columns.size()];
        for (int j = 0; j < cols.length; j++) {
            cols[j] = ModelInputs.numeric(model, rows, columns.get(j));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + rows.rowCount() * cols.length * 12);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("inputs");
            g.writeStartObject();
            g.writeStringField("name", inputName);
            g.writeArrayFieldStart("shape");
            g.writeNumber(rows.rowCount());
            g.writeNumber(cols.length);
            g.writeEndArray();
            g.writeStringField("datatype", datatype);
            g.writeArrayFieldStart("data");
            boolean fp32 = datatype.equals("FP32");
            for (int i = 0; i < rows.rowCount(); i++) {
                for (NumericColumn c : cols) {
                    double v = c.get(i);
                    if (Double.isNaN(v)) {
                        g.writeNull();
                    } else if (fp32) {
                        g.writeNumber((float) v);
                    } else {
                        g.writeNumber(v);
                    }
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    @Override
    public Predictions response(JsonNode answer, int rows) {
        JsonNode outputs = answer.get("outputs");
        if (outputs == null || !outputs.isArray()) {
            throw new RemoteAnswerException("expected an 'outputs' list (Open Inference Protocol v2), found "
                    + Answers.describe(answer));
        }
        List<Tensor> tensors = new ArrayList<>();
        for (JsonNode o : outputs) {
            tensors.add(tensor(o, rows));
        }
        if (!task.isClassification()) {
            Tensor t = pick(tensors, declared.value(), rows, true);
            requireOneColumn(t, rows);
            return Predictions.ofValues(Answers.numbers(t.data(), t.name()));
        }
        Tensor label = declared.label() != null ? named(tensors, declared.label())
                : first(tensors, t -> LABEL_TYPES.contains(t.datatype()) && t.data().size() == rows);
        Tensor probs = declared.probabilities() != null ? named(tensors, declared.probabilities())
                : first(tensors, t -> t.datatype().startsWith("FP") && t.shape().size() == 2 && t.columns(rows) >= 2);
        if (label == null && probs == null) {
            label = first(tensors, t -> t.data().size() == rows);
        }
        if (label == null && probs == null) {
            throw new RemoteAnswerException("none of the outputs " + names(tensors) + " holds one label or one row "
                    + "of class probabilities per row for " + rows + " rows; name them under 'outputs'");
        }
        String[] labels = null;
        if (label != null) {
            requireOneColumn(label, rows);
            labels = Answers.texts(label.data());
        }
        double[][] byClass = null;
        if (probs != null) {
            int k = (int) probs.columns(rows);
            if ((long) k * rows != probs.data().size()) {
                throw new RemoteAnswerException("output '" + probs.name() + "' holds " + probs.data().size()
                        + " values, not a whole number of classes for " + rows + " rows");
            }
            double[] flat = Answers.numbers(probs.data(), probs.name());
            byClass = new double[k][rows];
            for (int i = 0; i < rows; i++) {
                for (int c = 0; c < k; c++) {
                    byClass[c][i] = flat[i * k + c];
                }
            }
        }
        return Predictions.ofClasses(labels, declared.classes(), byClass);
    }

    private static Tensor tensor(JsonNode o, int rows) {
        JsonNode name = o.get("name");
        JsonNode type = o.get("datatype");
        JsonNode shape = o.get("shape");
        JsonNode data = o.get("data");
        if (name == null || type == null || shape == null || !shape.isArray() || data == null || !data.isArray()) {
            throw new RemoteAnswerException("an output tensor needs 'name', 'datatype', 'shape' and 'data', found "
                    + Answers.describe(o));
        }
        List<Long> dims = new ArrayList<>();
        long count = 1;
        for (JsonNode d : shape) {
            dims.add(d.asLong());
            count *= d.asLong();
        }
        List<JsonNode> flat = new ArrayList<>();
        Answers.flatten(data, flat);
        if (flat.size() != count) {
            throw new RemoteAnswerException("output '" + name.asText() + "' has shape " + dims + " but holds "
                    + flat.size() + " values");
        }
        if (dims.isEmpty() || dims.get(0) != rows) {
            throw new RemoteAnswerException("output '" + name.asText() + "' has shape " + dims + "; expected "
                    + rows + " rows first");
        }
        return new Tensor(name.asText(), type.asText(), dims, flat);
    }

    private Tensor pick(List<Tensor> tensors, String name, int rows, boolean numeric) {
        if (name != null) {
            return named(tensors, name);
        }
        if (tensors.size() == 1) {
            return tensors.get(0);
        }
        Tensor t = first(tensors, x -> x.data().size() == rows && (!numeric || !x.datatype().equals("BYTES")));
        if (t == null) {
            throw new RemoteAnswerException("none of the outputs " + names(tensors) + " holds one value per row; "
                    + "name it under outputs.value");
        }
        return t;
    }

    private static Tensor named(List<Tensor> tensors, String name) {
        for (Tensor t : tensors) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        throw new RemoteAnswerException("no output named '" + name + "'; the answer has " + names(tensors));
    }

    private static Tensor first(List<Tensor> tensors, java.util.function.Predicate<Tensor> p) {
        return tensors.stream().filter(p).findFirst().orElse(null);
    }

    private static void requireOneColumn(Tensor t, int rows) {
        if (t.data().size() != rows) {
            throw new RemoteAnswerException("output '" + t.name() + "' has shape " + t.shape() + "; expected one "
                    + "value per row ([" + rows + "] or [" + rows + ", 1])");
        }
    }

    private static List<String> names(List<Tensor> tensors) {
        return tensors.stream().map(Tensor::name).toList();
    }
}
