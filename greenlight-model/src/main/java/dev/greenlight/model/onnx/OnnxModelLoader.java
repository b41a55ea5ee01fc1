package dev.greenlight.model.onnx;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;
import dev.greenlight.config.GreenlightConfig.ModelConfig;
import dev.greenlight.model.Model;
import dev.greenlight.model.ModelContext;
import dev.greenlight.model.ModelException;
import dev.greenlight.model.ModelLoader;

import java.util.EnumSet;

/**
 * Loads {@code type: onnx} models into ONNX Runtime (the CPU build that Greenlight ships). {@code device: cuda}
 * needs the GPU build ({@code com.microsoft.onnxruntime:onnxruntime_gpu}) on the class path and an NVIDIA GPU with
 * CUDA; without them the load fails with a message saying which is missing, rather than silently running on the
 * CPU and reporting CPU figures as GPU ones.
 */
public final class OnnxModelLoader implements ModelLoader {

    @Override
    public Model load(ModelConfig model, ModelContext context) {
        OrtEnvironment env = environment(model);
        OrtSession session = null;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
            if (model.threads() != null) {
                options.setIntraOpNumThreads(model.threads());
            }
            if ("cuda".equals(model.device())) {
                addCuda(model, options);
            }
            session = env.createSession(model.path().toString(), options);
            OnnxInputs inputs = OnnxInputs.plan(model, context, session.getInputInfo());
            OnnxOutputs outputs = OnnxOutputs.plan(model, context.task(), session.getOutputInfo());
            return new OnnxModel(model, env, session, inputs, outputs);
        } catch (OrtException e) {
            close(session);
            throw ModelException.of(model, "ONNX Runtime cannot load it: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            close(session);
            throw e;
        }
    }

    /** The version and device, for benchmark reports, e.g. {@code ONNX Runtime 1.20.0 (CPU)}. */
    public static String runtime(ModelConfig model) {
        OnnxNativeCache.install();
        return "ONNX Runtime " + OrtEnvironment.getEnvironment().getVersion() + " ("
                + ("cuda".equals(model.device()) ? "CUDA" : "CPU") + ")";
    }

    private static OrtEnvironment environment(ModelConfig model) {
        OnnxNativeCache.install();
        try {
            return OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR, "greenlight");
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            throw ModelException.of(model, "ONNX Runtime's native library cannot be loaded on this machine ("
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch") + "): " + e.getMessage());
        }
    }

    private static void addCuda(ModelConfig model, OrtSession.SessionOptions options) {
        EnumSet<OrtProvider> available = OrtEnvironment.getAvailableProviders();
        if (!available.contains(OrtProvider.CUDA)) {
            throw ModelException.of(model, "asks for device 'cuda', but the ONNX Runtime on the class path offers "
                    + "only " + available + ": it is the CPU build. Run it where an NVIDIA GPU and CUDA are present "
                    + "with com.microsoft.onnxruntime:onnxruntime_gpu in place of onnxruntime, or set device: cpu");
        }
        try {
            options.addCUDA(0);
        } catch (OrtException e) {
            throw ModelException.of(model, "asks for device 'cuda', but ONNX Runtime cannot start its CUDA provider "
                    + "(is an NVIDIA GPU with a matching CUDA and cuDNN installed?): " + e.getMessage(), e);
        }
    }

    private static void close(OrtSession session) {
        if (session != null) {
            try {
                session.close();
            } catch (OrtException ignored) {
                // the load already failed; that error is the one to report
            }
        }
    }
}
