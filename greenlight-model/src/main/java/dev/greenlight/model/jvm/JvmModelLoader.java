package dev.greenlight.model.jvm;

import dev.greenlight.config.GreenlightConfig.ModelConfig;
import dev.greenlight.error.GreenlightException;
import dev.greenlight.model.Model;
import dev.greenlight.model.ModelContext;
import dev.greenlight.model.ModelException;
import dev.greenlight.model.ModelLoader;
import dev.greenlight.model.ModelProvider;
import dev.greenlight.text.Suggestions;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** Loads {@code type: jvm} models from the {@link ModelProvider}s found on the class path. */
public final class JvmModelLoader implements ModelLoader {

    @Override
    public Model load(ModelConfig model, ModelContext context) {
        Map<String, ModelProvider> providers = providers();
        ModelProvider p = providers.get(model.provider());
        if (p == null) {
            throw ModelException.of(model, "no ModelProvider named '" + model.provider() + "' is on the class path"
                    + Suggestions.didYouMean(model.provider(), providers.keySet()) + "; found: "
                    + (providers.isEmpty() ? "none" : String.join(", ", providers.keySet()))
                    + " (a provider is listed in META-INF/services/" + ModelProvider.class.getName() + ")");
        }
        Model loaded;
        try {
            loaded = p.load(model, context);
        } catch (GreenlightException e) {
            throw e;
        } catch (RuntimeException e) {
            throw ModelException.of(model, "provider '" + model.provider() + "' failed to load it: " + e, e);
        }
        if (loaded == null) {
            throw ModelException.of(model, "provider '" + model.provider() + "' returned no model");
        }
        return loaded;
    }

    /** The providers on the class path by name. */
    public static Map<String, ModelProvider> providers() {
        Map<String, ModelProvider> out = new TreeMap<>();
        ServiceLoader.load(ModelProvider.class, Thread.currentThread().getContextClassLoader()).forEach(
                p -> out.put(p.name(), p));
        return out;
    }
}
