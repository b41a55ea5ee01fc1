package dev.greenlight.report.labels;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.greenlight.labels.Selection;
import dev.greenlight.table.Column;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;

import java.io.IOException;
import java.io.Writer;

/** Writes the selected rows: as CSV, or as a Label Studio task import (a JSON list of {@code {"data": {...}}}). */
public final class SelectionOutput {
    /** The added column with the 1-based row number in the input file (after the header). */
    static final String ROW = "greenlight_row";
    /** The added column with the strategy's priority of the row. */
    static final String PRIORITY = "greenlight_priority";

    private SelectionOutput() {
    }

    public static void csv(Table table, Selection selection, Writer w) throws IOException {
        StringBuilder line = new StringBuilder();
        for (String name : table.columnNames()) {
            line.append(quote(name)).append(',');
        }
        line.append(ROW).append(',').append(PRIORITY).append('\n');
        w.write(line.toString());
        for (int k = 0; k < selection.rows().length; k++) {
            int row = selection.rows()[k];
            line.setLength(0);
            for (Column c : table.columns()) {
                line.append(quote(c.format(row))).append(',');
            }
            line.append(row + 1).append(',').append(priority(selection.priority()[k])).append('\n');
            w.write(line.toString());
        }
    }

    /**
     * Label Studio's JSON import: one task per row, its columns under {@code data} (numbers as numbers, empty
     * values as null), with the row number and the selection's strategy and priority beside them.
     */
    public static void labelStudio(Table table, Selection selection, Writer w) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode tasks = mapper.createArrayNode();
        for (int k = 0; k < selection.rows().length; k++) {
            int row = selection.rows()[k];
            ObjectNode data = tasks.addObject().putObject("data");
            for (Column c : table.columns()) {
                if (c.isMissing(row)) {
                    data.putNull(c.name());
                } else if (c instanceof NumericColumn n && n.type() == dev.greenlight.table.ColumnType.NUMERIC) {
                    double v = n.get(row);
                    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                        data.put(c.name(), (long) v);
                    } else {
                        data.put(c.name(), v);
                    }
                } else {
                    data.put(c.name(), c.format(row));
                }
            }
            data.put(ROW, row + 1);
            data.put("greenlight_strategy", selection.strategy().key());
            double p = selection.priority()[k];
            if (Double.isFinite(p)) {
                data.put(PRIORITY, p);
            } else {
                data.putNull(PRIORITY);
            }
        }
        w.write(mapper.writeValueAsString(tasks));
        w.write('\n');
    }

    private static String priority(double p) {
        return Double.isNaN(p) ? "" : Double.isInfinite(p) ? "inf" : Double.toString(p);
    }

    private static String quote(String v) {
        if (v == null) {
            return "";
        }
        boolean needs = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return needs ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
