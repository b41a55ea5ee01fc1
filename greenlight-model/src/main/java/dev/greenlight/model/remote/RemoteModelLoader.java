package dev.greenlight.model.remote;

import dev.greenlight.config.GreenlightConfig.ModelConfig;
import dev.greenlight.model.Model;
import dev.greenlight.model.ModelContext;
import dev.greenlight.model.ModelException;
import dev.greenlight.model.ModelInputs;
import dev.greenlight.model.ModelLoader;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Set;

/**
 * Connects {@code type: remote} models. Nothing is sent at load time (a serving endpoint may bill per call);
 * the first prediction finds out whether the endpoint is up. Options: {@code input_name} (Open Inference input
 * tensor, default {@code input-0}) and {@code datatype} ({@code FP32}, the default, or {@code FP64}).
 */
public final class RemoteModelLoader implements ModelLoader {
    private static final Set<String> DATATYPES = Set.of("FP32", "FP64");

    @Override
    public Model load(ModelConfig model, ModelContext context) {
        Duration connect = model.timeoutOrDefault().compareTo(Duration.ofSeconds(10)) < 0
                ? model.timeoutOrDefault() : Duration.ofSeconds(10);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connect)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        return new RemoteModel(model, client, protocol(model, context), ModelInputs.of(model, context));
    }

    private static WireProtocol protocol(ModelConfig model, ModelContext context) {
        if ("mlflow".equals(model.protocol())) {
            return new MlflowProtocol(model, context.task());
        }
        String datatype = model.options().getOrDefault("datatype", "FP32");
        if (!DATATYPES.contains(datatype)) {
            throw ModelException.of(model, "options.datatype is '" + datatype + "'; Greenlight sends FP32 or FP64");
        }
        return new OpenInferenceProtocol(model, context.task(), model.options().getOrDefault("input_name",
                "input-0"), datatype);
    }
}
