package dev.greenlight.model;

import dev.greenlight.table.Table;

/**
 * A loaded model that scores rows. Adapters exist for ONNX, PMML, remote HTTP endpoints and JVM providers
 * ({@link ModelProvider}); {@link Models#load} picks one by the configured type.
 *
 * <p>{@link #predict} may be called from several threads at once (the benchmark measures concurrency that way),
 * and must return one prediction per row, in row order. Problems are thrown as {@link ModelException} with a
 * message that names the model, never as a bare runtime exception.
 */
public interface Model extends AutoCloseable {

    /**
     * Scores the rows.
     *
     * @param rows the data, holding at least the model's input columns (extra columns are ignored)
     */
    Predictions predict(Table rows);

    /** Frees native memory or connections; the default does nothing. */
    @Override
    default void close() {
    }
}
