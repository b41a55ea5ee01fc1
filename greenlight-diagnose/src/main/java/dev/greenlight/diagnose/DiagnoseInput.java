package dev.greenlight.diagnose;

import dev.greenlight.monitor.MonitorColumns;
import dev.greenlight.table.Table;

/**
 * What a diagnosis reads, in memory.
 *
 * @param reference  the labelled data the model was judged on (the test set), with the model's outputs
 * @param production the production rows with the model's inputs and outputs (the target too when known)
 * @param labels     production labels joined by id, or null
 * @param serving    the serving pipeline's features of the same production records (joined by id), or null
 * @param columns    which columns mean what (the monitor's column description)
 */
public record DiagnoseInput(Table reference, Table production, Table labels, Table serving, MonitorColumns columns) {
}
