package dev.greenlight.model.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.TensorInfo;
import dev.greenlight.config.GreenlightConfig.ModelConfig;
import dev.greenlight.model.ModelContext;
import dev.greenlight.model.ModelException;
import dev.greenlight.model.ModelInputs;
import dev.greenlight.table.Column;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How rows become an ONNX model's input tensors. Two layouts exist in converted tabular models: one matrix
 * {@code [rows, features]} fed from the input columns in order (skl2onnx's {@code float_input}), or one tensor per
 * column named after it ({@code [rows, 1]}), which is how string categories reach a model.
 */
final class OnnxInputs {
    private static final Set<OnnxJavaType> NUMERIC = Set.of(OnnxJavaType.FLOAT, OnnxJavaType.DOUBLE,
            OnnxJavaType.INT64, OnnxJavaType.INT32);

    /** One input tensor: its name, element type, rank, and the columns that fill it (one per tensor column). */
    private record Feed(String input, OnnxJavaType type, int rank, List<String> columns) {
    }

    private final ModelConfig model;
    private final List<Feed> feeds;
    /**
     * Each thread's direct buffers, one per feed, reused from call to call: ONNX Runtime reads a direct buffer in
     * place, while a heap array is copied into a new direct buffer each call, whose memory is only returned when the
     * garbage collector gets round to it (it inflated a benchmark's resident memory tenfold).
     */
    private final ThreadLocal<ByteBuffer[]> buffers;
    /** Whether the model fixes the batch dimension to 1, so rows go in one at a time. */
    final boolean oneRowPerCall;

    private OnnxInputs(ModelConfig model, List<Feed> feeds, boolean oneRowPerCall) {
        this.model = model;
        this.feeds = feeds;
        this.oneRowPerCall = oneRowPerCall;
        this.buffers = ThreadLocal.withInitial(() -> new ByteBuffer[feeds.size()]);
    }

    static OnnxInputs plan(ModelConfig model, ModelContext context, Map<String, NodeInfo> inputs) {
        Map<String, TensorInfo> tensors = new LinkedHashMap<>();
        inputs.forEach((name, info) -> {
            if (!(info.getInfo() instanceof TensorInfo t)) {
                throw ModelException.of(model, "input '" + name + "' is " + info.getInfo() + "; Greenlight feeds "
                        + "tensors only");
            }
            tensors.put(name, t);
        });
        List<String> columns = ModelInputs.of(model, context);
        String first = tensors.keySet().iterator().next();
        TensorInfo only = tensors.size() == 1 ? tensors.get(first) : null;
        // one [rows, k] input is a matrix of the input columns, unless it is a single column named like its input
        boolean matrix = only != null && rank(only) == 2 && !(width(only) == 1 && columns.contains(first));
        List<Feed> feeds = new ArrayList<>();
        boolean oneRow = false;
        for (var e : tensors.entrySet()) {
            TensorInfo t = e.getValue();
            if (rank(t) == 0) {
                throw ModelException.of(model, "input '" + e.getKey() + "' is a scalar; Greenlight feeds a batch "
                        + "of rows ([rows, columns] or [rows])");
            }
            long batch = t.getShape()[0];
            if (batch > 1) {
                throw ModelException.of(model, "input '" + e.getKey() + "' fixes the batch size to " + batch
                        + " (shape " + Arrays.toString(t.getShape()) + "); export the model with a dynamic first "
                        + "dimension (or 1)");
            }
            oneRow |= batch == 1;
            checkType(model, e.getKey(), t.type, matrix);
            if (matrix) {
                long w = width(t);
                if (w > 0 && w != columns.size()) {
                    throw ModelException.of(model, "input '" + e.getKey() + "' takes " + w + " values per row "
                            + "(shape " + Arrays.toString(t.getShape()) + "), but " + columns.size() + " columns "
                            + "are given for it" + (model.inputs() == null ? " (the features: list the model's "
                            + "columns under 'inputs')" : " under 'inputs'") + ": " + preview(columns));
                }
                feeds.add(new Feed(e.getKey(), t.type, 2, columns));
            } else {
                if (rank(t) > 2 || rank(t) == 2 && width(t) > 1) {
                    throw ModelException.of(model, "input '" + e.getKey() + "' has shape "
                            + Arrays.toString(t.getShape()) + "; with several inputs each must take one column "
                            + "([rows] or [rows, 1])");
                }
                feeds.add(new Feed(e.getKey(), t.type, rank(t), List.of(e.getKey())));
            }
        }
        return new OnnxInputs(model, feeds, oneRow);
    }

    private static void checkType(ModelConfig model, String input, OnnxJavaType type, boolean matrix) {
        if (!NUMERIC.contains(type) && !(type == OnnxJavaType.STRING && !matrix)) {
            throw ModelException.of(model, "input '" + input + "' has element type " + type + "; Greenlight "
                    + "feeds float, double, int64 and int32 tensors, and string tensors of one column");
        }
    }

    private static int rank(TensorInfo t) {
        return t.getShape().length;
    }

    private static long width(TensorInfo t) {
        return t.getShape().length < 2 ? 1 : t.getShape()[1];
    }

    private static String preview(List<String> columns) {
        return columns.size() <= 12 ? String.join(", ", columns)
                : String.join(", ", columns.subList(0, 12)) + ", ... (" + columns.size() + ")";
    }

    /** The input tensors for these rows; the caller closes them. */
    Map<String, OnnxTensor> tensors(OrtEnvironment env, Table rows) throws OrtException {
        Map<String, OnnxTensor> out = new LinkedHashMap<>();
        try {
            for (int i = 0; i < feeds.size(); i++) {
                out.put(feeds.get(i).input(), tensor(env, rows, feeds.get(i), i));
            }
        } catch (RuntimeException | OrtException e) {
            out.values().forEach(OnnxTensor::close);
            throw e;
        }
        return out;
    }

    private OnnxTensor tensor(OrtEnvironment env, Table rows, Feed f, int index) throws OrtException {
        int n = rows.rowCount();
        int width = f.columns().size();
        long[] shape = f.rank() == 1 ? new long[]{n} : new long[]{n, width};
        if (f.type() == OnnxJavaType.STRING) {
            return OnnxTensor.createTensor(env, text(rows, f.columns().get(0)), shape);
        }
        NumericColumn[] cols = new NumericColumn[width];
        for (int j = 0; j < width; j++) {
            cols[j] = ModelInputs.numeric(model, rows, f.columns().get(j));
        }
        ByteBuffer bytes = buffer(index, n * width * f.type().size);
        switch (f.type()) {
            case FLOAT -> {
                FloatBuffer v = bytes.asFloatBuffer();
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < width; j++) {
                        v.put((float) cols[j].get(i));
                    }
                }
                return OnnxTensor.createTensor(env, v.flip(), shape);
            }
            case DOUBLE -> {
                DoubleBuffer v = bytes.asDoubleBuffer();
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < width; j++) {
                        v.put(cols[j].get(i));
                    }
                }
                return OnnxTensor.createTensor(env, v.flip(), shape);
            }
            case INT64 -> {
                LongBuffer v = bytes.asLongBuffer();
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < width; j++) {
                        v.put((long) whole(cols[j], i));
                    }
                }
                return OnnxTensor.createTensor(env, v.flip(), shape);
            }
            default -> {
                IntBuffer v = bytes.asIntBuffer();
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < width; j++) {
                        v.put((int) whole(cols[j], i));
                    }
                }
                return OnnxTensor.createTensor(env, v.flip(), shape);
            }
        }
    }

    /** This thread's direct buffer for a feed, at least {@code bytes} long, positioned at 0 with that limit. */
    private ByteBuffer buffer(int feed, int bytes) {
        ByteBuffer[] mine = buffers.get();
        if (mine[feed] == null || mine[feed].capacity() < bytes) {
            mine[feed] = ByteBuffer.allocateDirect(Math.max(bytes, 64)).order(ByteOrder.nativeOrder());
        }
        return mine[feed].clear().limit(bytes);
    }

    /** A value for an integer input: missing values and fractions cannot be represented, so they are errors. */
    private double whole(NumericColumn c, int row) {
        double v = c.get(row);
        if (Double.isNaN(v) || v != Math.rint(v)) {
            throw ModelException.of(model, "an integer input reads column '" + c.name() + "', but row " + (row + 1)
                    + " of the batch holds " + (Double.isNaN(v) ? "no value" : Double.toString(v)));
        }
        return v;
    }

    private String[] text(Table rows, String name) {
        Column c = ModelInputs.column(model, rows, name);
        String[] out = new String[rows.rowCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = c.format(i);
            if (out[i] == null) {
                throw ModelException.of(model, "the string input '" + name + "' cannot hold a missing value, but row "
                        + (i + 1) + " of the batch has none");
            }
        }
        return out;
    }
}
