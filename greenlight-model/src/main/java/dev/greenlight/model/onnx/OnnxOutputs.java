package dev.greenlight.model.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxMap;
import ai.onnxruntime.OnnxSequence;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.SequenceInfo;
import ai.onnxruntime.TensorInfo;
import ai.onnxruntime.ValueInfo;
import dev.greenlight.config.GreenlightConfig.ModelConfig;
import dev.greenlight.metrics.Labels;
import dev.greenlight.metrics.Task;
import dev.greenlight.model.ModelException;
import dev.greenlight.model.ModelInputs;
import dev.greenlight.model.Predictions;
import dev.greenlight.text.Suggestions;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of an ONNX model's outputs Greenlight reads, and how they become {@link Predictions}. A converted
 * classifier has a label tensor and probabilities as a {@code [rows, classes]} tensor or, after a ZipMap, a
 * sequence of {class: probability} maps; a regressor has a {@code [rows]} or {@code [rows, 1]} value tensor.
 * Declared {@code outputs} names win; otherwise the first output of the right kind is taken.
 */
final class OnnxOutputs {
    private static final Set<OnnxJavaType> LABEL_TYPES = Set.of(OnnxJavaType.INT64, OnnxJavaType.INT32,
            OnnxJavaType.STRING);
    private static final Set<OnnxJavaType> REAL_TYPES = Set.of(OnnxJavaType.FLOAT, OnnxJavaType.DOUBLE);

    private final ModelConfig model;
    private final String label;
    private final String probabilities;
    private final boolean probabilityMaps;
    private final String value;

    private OnnxOutputs(ModelConfig model, String label, String probabilities, boolean probabilityMaps,
                        String value) {
        this.model = model;
        this.label = label;
        this.probabilities = probabilities;
        this.probabilityMaps = probabilityMaps;
        this.value = value;
    }

    static OnnxOutputs plan(ModelConfig model, Task task, Map<String, NodeInfo> outputs) {
        var declared = model.outputs();
        for (String name : Arrays.asList(declared.label(), declared.probabilities(), declared.value())) {
            if (name != null && !outputs.containsKey(name)) {
                throw ModelException.of(model, "has no output '" + name + "'" + Suggestions.didYouMean(name,
                        outputs.keySet()) + "; its outputs: " + describe(outputs));
            }
        }
        if (!task.isClassification()) {
            String value = declared.value() != null ? declared.value() : first(outputs, OnnxOutputs::isValue);
            if (value == null) {
                throw ModelException.of(model, "has no output Greenlight can read as a predicted value (a float "
                        + "tensor [rows] or [rows, 1]); its outputs: " + describe(outputs));
            }
            return new OnnxOutputs(model, null, null, false, value);
        }
        String label = declared.label() != null ? declared.label() : first(outputs, OnnxOutputs::isLabel);
        String probs = declared.probabilities() != null ? declared.probabilities()
                : first(outputs, OnnxOutputs::isProbabilities);
        if (label == null && probs == null) {
            throw ModelException.of(model, "has no output Greenlight can read as class labels or class "
                    + "probabilities for a " + task.key() + " task; its outputs: " + describe(outputs)
                    + "; name them under 'outputs'");
        }
        boolean maps = probs != null && outputs.get(probs).getInfo() instanceof SequenceInfo;
        return new OnnxOutputs(model, label, probs, maps, null);
    }

    private interface Kind {
        boolean matches(ValueInfo info);
    }

    private static String first(Map<String, NodeInfo> outputs, Kind kind) {
        for (var e : outputs.entrySet()) {
            if (kind.matches(e.getValue().getInfo())) {
                return e.getKey();
            }
        }
        return null;
    }

    private static boolean isValue(ValueInfo info) {
        return info instanceof TensorInfo t && REAL_TYPES.contains(t.type) && columnCount(t) == 1;
    }

    private static boolean isLabel(ValueInfo info) {
        return info instanceof TensorInfo t && LABEL_TYPES.contains(t.type) && columnCount(t) == 1;
    }

    private static boolean isProbabilities(ValueInfo info) {
        if (info instanceof SequenceInfo s) {
            return s.isSequenceOfMaps();
        }
        return info instanceof TensorInfo t && REAL_TYPES.contains(t.type) && t.getShape().length == 2
                && t.getShape()[1] != 1;
    }

    /** Columns per row: 1 for [rows] and [rows, 1]; the second dimension otherwise (-1 when dynamic). */
    private static long columnCount(TensorInfo t) {
        long[] s = t.getShape();
        return s.length == 1 ? 1 : s.length == 2 ? s[1] : -2;
    }

    private static String describe(Map<String, NodeInfo> outputs) {
        List<String> out = new ArrayList<>();
        outputs.forEach((name, info) -> out.add(name + " " + kindOf(info.getInfo())));
        return String.join(", ", out);
    }

    private static String kindOf(ValueInfo info) {
        if (info instanceof TensorInfo t) {
            return t.type.name().toLowerCase(java.util.Locale.ROOT) + Arrays.toString(t.getShape());
        }
        return info instanceof SequenceInfo s && s.isSequenceOfMaps() ? "sequence of maps" : String.valueOf(info);
    }

    /** The outputs to compute: ONNX Runtime skips the rest of the graph. */
    Set<String> requested() {
        Set<String> out = new LinkedHashSet<>();
        for (String s : new String[]{label, probabilities, value}) {
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    Predictions decode(OrtSession.Result result, int rows) throws OrtException {
        if (value != null) {
            return Predictions.ofValues(numbers(get(result, value), rows, value));
        }
        String[] labels = label == null ? null : labels(get(result, label), rows);
        if (probabilities == null) {
            return Predictions.ofClasses(labels, null, null);
        }
        OnnxValue p = get(result, probabilities);
        if (probabilityMaps) {
            return fromMaps((OnnxSequence) p, labels, rows);
        }
        double[][] byRow = matrix(p, rows);
        List<String> classes = model.outputs().classes();
        double[][] byClass = new double[byRow.length == 0 ? 0 : byRow[0].length][rows];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < byClass.length; k++) {
                byClass[k][i] = byRow[i][k];
            }
        }
        if (classes != null && classes.size() != byClass.length) {
            throw ModelException.of(model, "outputs.classes names " + classes.size() + " classes, but output '"
                    + probabilities + "' has " + byClass.length + " probability columns");
        }
        return Predictions.ofClasses(labels, classes, byClass);
    }

    private OnnxValue get(OrtSession.Result result, String name) {
        return result.get(name).orElseThrow(() -> ModelException.of(model, "returned no output '" + name + "'"));
    }

    /** A ZipMap's {class: probability} per row; the classes are the keys, in sorted label order. */
    private Predictions fromMaps(OnnxSequence seq, String[] labels, int rows) throws OrtException {
        List<? extends OnnxValue> maps = seq.getValue();
        if (maps.size() != rows) {
            throw ModelException.of(model, "output '" + probabilities + "' holds " + maps.size() + " maps for "
                    + rows + " rows");
        }
        List<Map<String, Double>> byRow = new ArrayList<>(rows);
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        try {
            for (OnnxValue m : maps) {
                Map<String, Double> row = new HashMap<>();
                ((OnnxMap) m).getValue().forEach((k, v) -> row.put(k instanceof Number n
                        ? ModelInputs.labelText(n.doubleValue()) : String.valueOf(k), ((Number) v).doubleValue()));
                keys.addAll(row.keySet());
                byRow.add(row);
            }
        } finally {
            // each map is a native value of its own, which closing the sequence does not free
            maps.forEach(OnnxValue::close);
        }
        List<String> classes = model.outputs().classes() != null ? model.outputs().classes() : Labels.sorted(keys);
        double[][] byClass = new double[classes.size()][rows];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < classes.size(); k++) {
                Double v = byRow.get(i).get(classes.get(k));
                if (v == null) {
                    throw ModelException.of(model, "output '" + probabilities + "' gives row " + (i + 1) + " no "
                            + "probability for class '" + classes.get(k) + "' (its classes: " + byRow.get(i).keySet()
                            + ")");
                }
                byClass[k][i] = v;
            }
        }
        return Predictions.ofClasses(labels, classes, byClass);
    }

    private String[] labels(OnnxValue v, int rows) throws OrtException {
        Object data = single(((OnnxTensor) v).getValue(), label);
        checkLength(Array.getLength(data), rows, label, "labels");
        String[] out = new String[rows];
        if (data instanceof long[] l) {
            for (int i = 0; i < rows; i++) {
                out[i] = Long.toString(l[i]);
            }
            return out;
        }
        for (int i = 0; i < rows; i++) {
            Object x = Array.get(data, i);
            out[i] = x instanceof Number num ? ModelInputs.labelText(num.doubleValue()) : String.valueOf(x);
        }
        return out;
    }

    private double[] numbers(OnnxValue v, int rows, String name) throws OrtException {
        Object data = single(((OnnxTensor) v).getValue(), name);
        checkLength(Array.getLength(data), rows, name, "values");
        double[] out = new double[rows];
        if (data instanceof float[] f) {
            for (int i = 0; i < rows; i++) {
                out[i] = f[i];
            }
            return out;
        }
        for (int i = 0; i < rows; i++) {
            out[i] = ((Number) Array.get(data, i)).doubleValue();
        }
        return out;
    }

    private double[][] matrix(OnnxValue v, int rows) throws OrtException {
        Object data = ((OnnxTensor) v).getValue();
        if (!(data instanceof float[][]) && !(data instanceof double[][])) {
            throw ModelException.of(model, "output '" + probabilities + "' is not a [rows, classes] matrix of "
                    + "numbers");
        }
        checkLength(Array.getLength(data), rows, probabilities, "rows of probabilities");
        double[][] out = new double[rows][];
        for (int i = 0; i < rows; i++) {
            if (data instanceof float[][] f) {
                out[i] = new double[f[i].length];
                for (int k = 0; k < out[i].length; k++) {
                    out[i][k] = f[i][k];
                }
            } else {
                out[i] = ((double[][]) data)[i];
            }
        }
        return out;
    }

    private void checkLength(int n, int rows, String output, String what) {
        if (n != rows) {
            throw ModelException.of(model, "output '" + output + "' holds " + n + " " + what + " for " + rows
                    + " rows");
        }
    }

    /** A {@code [rows]} array as it is, a {@code [rows, 1]} array as its single column. */
    private Object single(Object data, String output) {
        if (Array.getLength(data) == 0 || !Array.get(data, 0).getClass().isArray()) {
            return data;
        }
        int n = Array.getLength(data);
        Object out = Array.newInstance(Array.get(data, 0).getClass().getComponentType(), n);
        for (int i = 0; i < n; i++) {
            Object row = Array.get(data, i);
            if (Array.getLength(row) != 1) {
                throw ModelException.of(model, "output '" + output + "' holds " + Array.getLength(row) + " values "
                        + "per row; expected one");
            }
            Array.set(out, i, Array.get(row, 0));
        }
        return out;
    }
}
