package dev.greenlight.checklist.data;

import dev.greenlight.config.GreenlightConfig.ModelConfig;
import dev.greenlight.model.Model;
import dev.greenlight.model.ModelContext;
import dev.greenlight.model.Models;
import dev.greenlight.model.Predictions;
import dev.greenlight.table.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The models of one run, each loaded once ({@link #perRun()}): scoring the datasets, measuring a candidate,
 * permutation importance and the fallback exercise all use the same loaded model, fed the same features. Callers
 * may close what they get (the close is ignored); the run closes every model at its end. {@link #uncached()} loads
 * anew on each call and hands over ownership, for a check run on its own.
 */
public final class LoadedModels implements AutoCloseable {
    private final boolean cache;
    private final Map<String, Model> loaded = new LinkedHashMap<>();

    private LoadedModels(boolean cache) {
        this.cache = cache;
    }

    public static LoadedModels perRun() {
        return new LoadedModels(true);
    }

    public static LoadedModels uncached() {
        return new LoadedModels(false);
    }

    /** The model, loaded for the context on first use; a failed load is not remembered (the next call tries again). */
    public synchronized Model load(ModelConfig model, ModelContext context) {
        if (!cache) {
            return Models.load(model, context);
        }
        String key = model.name() + "\u0000" + context.task() + "\u0000" + context.features();
        Model m = loaded.get(key);
        if (m == null) {
            m = Models.load(model, context);
            loaded.put(key, m);
        }
        Model shared = m;
        return new Model() {
            @Override
            public Predictions predict(Table rows) {
                return shared.predict(rows);
            }
        };
    }

    @Override
    public synchronized void close() {
        List<RuntimeException> failures = new ArrayList<>();
        for (Model m : loaded.values()) {
            try {
                m.close();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        loaded.clear();
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }
}
