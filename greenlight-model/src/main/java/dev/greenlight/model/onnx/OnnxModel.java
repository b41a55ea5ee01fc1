package dev.greenlight.model.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.greenlight.config.GreenlightConfig.ModelConfig;
import dev.greenlight.model.Model;
import dev.greenlight.model.ModelException;
import dev.greenlight.model.Predictions;
import dev.greenlight.table.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An ONNX model in an ONNX Runtime session; sessions may be run from several threads at once. */
final class OnnxModel implements Model {
    private final ModelConfig model;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final OnnxInputs inputs;
    private final OnnxOutputs outputs;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    OnnxModel(ModelConfig model, OrtEnvironment env, OrtSession session, OnnxInputs inputs, OnnxOutputs outputs) {
        this.model = model;
        this.env = env;
        this.session = session;
        this.inputs = inputs;
        this.outputs = outputs;
    }

    @Override
    public Predictions predict(Table rows) {
        if (inputs.oneRowPerCall && rows.rowCount() > 1) {
            List<Predictions> parts = new ArrayList<>(rows.rowCount());
            for (int i = 0; i < rows.rowCount(); i++) {
                parts.add(run(rows.select(new int[]{i})));
            }
            return Predictions.concat(parts);
        }
        return run(rows);
    }

    private Predictions run(Table rows) {
        Map<String, OnnxTensor> feed = null;
        try {
            feed = inputs.tensors(env, rows);
            try (OrtSession.Result result = session.run(feed, outputs.requested())) {
                return outputs.decode(result, rows.rowCount());
            }
        } catch (OrtException e) {
            throw ModelException.of(model, "ONNX Runtime could not score " + rows.rowCount() + " row(s): "
                    + e.getMessage(), e);
        } finally {
            if (feed != null) {
                feed.values().forEach(OnnxTensor::close);
            }
        }
    }

    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            session.close();
        } catch (OrtException e) {
            throw ModelException.of(model, "could not be closed: " + e.getMessage(), e);
        }
    }
}
