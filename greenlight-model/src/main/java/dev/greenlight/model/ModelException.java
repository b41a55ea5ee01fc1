package dev.greenlight.model;

import dev.greenlight.config.GreenlightConfig.ModelConfig;
import dev.greenlight.error.GreenlightException;

/**
 * A model that cannot be loaded or cannot score the rows it was given: a corrupt file, inputs the data lacks or
 * cannot fill, outputs Greenlight cannot read, an endpoint that is down, slow or answers nonsense. The message
 * names the model and says what was expected and what was found.
 */
public class ModelException extends GreenlightException {

    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code model 'NAME' (TYPE, LOCATION): PROBLEM}. */
    public static ModelException of(ModelConfig model, String problem) {
        return new ModelException(prefix(model) + problem);
    }

    public static ModelException of(ModelConfig model, String problem, Throwable cause) {
        return new ModelException(prefix(model) + problem, cause);
    }

    /** {@code model 'NAME' (TYPE, LOCATION): }, the start of every message about a model. */
    public static String prefix(ModelConfig model) {
        return "model '" + model.name() + "' (" + model.type() + ", " + model.location() + "): ";
    }
}
