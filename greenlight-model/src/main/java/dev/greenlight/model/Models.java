package dev.greenlight.model;

import dev.greenlight.config.GreenlightConfig.ModelConfig;
import dev.greenlight.error.GreenlightException;
import dev.greenlight.model.jvm.JvmModelLoader;
import dev.greenlight.model.onnx.OnnxModelLoader;
import dev.greenlight.model.pmml.PmmlModelLoader;
import dev.greenlight.model.remote.RemoteModelLoader;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The model loaders by configured type: the one place a type name turns into an adapter. */
public final class Models {
    private static final Map<String, ModelLoader> LOADERS = loaders();

    private Models() {
    }

    private static Map<String, ModelLoader> loaders() {
        Map<String, ModelLoader> m = new LinkedHashMap<>();
        m.put("onnx", new OnnxModelLoader());
        m.put("pmml", new PmmlModelLoader());
        m.put("remote", new RemoteModelLoader());
        m.put("jvm", new JvmModelLoader());
        return m;
    }

    /** The types a configuration may name. */
    public static List<String> types() {
        return List.copyOf(LOADERS.keySet());
    }

    /**
     * Loads a configured model. A loader's unexpected exception becomes a {@link ModelException} naming the model,
     * so a bad file never surfaces as a stack trace.
     */
    public static Model load(ModelConfig model, ModelContext context) {
        ModelLoader loader = LOADERS.get(model.type());
        if (loader == null) {
            throw ModelException.of(model, "unknown model type '" + model.type() + "'; valid: "
                    + String.join(", ", types()));
        }
        try {
            return loader.load(model, context);
        } catch (GreenlightException e) {
            throw e;
        } catch (RuntimeException e) {
            throw ModelException.of(model, "cannot be loaded: " + e, e);
        }
    }
}
