package dev.greenlight.model;

import dev.greenlight.config.GreenlightConfig.ModelConfig;

/** Loads the models of one type ({@code onnx}, {@code pmml}, ...); {@link Models} keeps one per type. */
@FunctionalInterface
public interface ModelLoader {

    /**
     * Opens the declared model, checking what can be checked before any row is scored (the file parses, the
     * outputs can be read for the task); throws {@link ModelException} when it cannot.
     */
    Model load(ModelConfig model, ModelContext context);
}
