package dev.greenlight.model;

/**
 * A model written for the JVM, plugged in without changing Greenlight: implement this interface, list the class in
 * {@code META-INF/services/dev.greenlight.model.ModelProvider}, put the jar on the class path, and declare
 * {@code type: jvm, provider: NAME} in the configuration. The declaration's {@code path} and {@code options}
 * reach {@link #load} unchanged.
 */
public interface ModelProvider extends ModelLoader {

    /** The name a configuration's {@code provider:} selects this provider by. */
    String name();
}
