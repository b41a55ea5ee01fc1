package dev.greenlight.monitor;

import dev.greenlight.table.Table;

/**
 * The entry point of monitoring after go-live, on in-memory tables (no files, no CLI, no HTTP):
 *
 * <pre>{@code
 * MonitorColumns columns = MonitorColumns.binary("id", "clf_target", "y_pred_proba", "y_pred", "timestamp");
 * FittedReference fitted = MonitorEngine.fit(reference, columns, MonitorOptions.defaults());
 * MonitorResult result = fitted.analyse(analysis, labels);   // labels may be null
 * }</pre>
 *
 * Fitting learns everything that depends on the reference alone (classes, calibration, the CBPE or DLE model, the
 * reference chunks and every threshold) once; {@link FittedReference#analyse} can then be called for each new
 * window of production data. Bad input is an {@link dev.greenlight.error.InvalidDataException} or
 * {@link dev.greenlight.error.InvalidConfigException} naming what, where and what was found.
 */
public final class MonitorEngine {
    private MonitorEngine() {
    }

    /** Learns the reference. The reference must hold the target of every row. */
    public static FittedReference fit(Table reference, MonitorColumns columns, MonitorOptions options) {
        return FittedReference.fit(reference, columns, options);
    }

    /** Fits and analyses in one call. */
    public static MonitorResult run(Table reference, Table analysis, Table labels, MonitorColumns columns,
                                    MonitorOptions options) {
        return fit(reference, columns, options).analyse(analysis, labels);
    }
}
