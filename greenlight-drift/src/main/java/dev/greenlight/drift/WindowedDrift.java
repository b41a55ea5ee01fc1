package dev.greenlight.drift;

import dev.greenlight.error.GreenlightException;
import dev.greenlight.table.Column;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import dev.greenlight.time.Window;

import java.util.ArrayList;
import java.util.List;

/**
 * Drift per time window: the current rows are grouped by the calendar window of a timestamp column, and each group
 * is compared with the whole reference, as NannyML's chunked drift. The timestamp column itself is not compared.
 */
public final class WindowedDrift {
    /** Windows with fewer rows are reported as skipped rather than judged on a handful of values. */
    public static final int MIN_ROWS = 10;

    private WindowedDrift() {
    }

    public static List<WindowDrift> compare(Table reference, Table current, String timestamp, Window window,
                                            DriftOptions options) {
        Column ts = current.find(timestamp).orElseThrow(() -> new GreenlightException("no timestamp column '"
                + timestamp + "' in the current data; columns present: " + current.columnNames()));
        if (ts.type() != ColumnType.DATETIME) {
            throw new GreenlightException("column '" + timestamp + "' is " + ts.type().key() + ", expected dates or "
                    + "timestamps (ISO 8601, e.g. 2024-01-31 or 2024-01-31T12:00:00)");
        }
        NumericColumn times = (NumericColumn) ts;
        List<Window.Span> groups = window.assign(times.toArray());
        List<String> columns = options.columns().isEmpty()
                ? reference.columnNames().stream().filter(c -> !c.equals(timestamp) && current.has(c)).toList()
                : options.columns();
        DriftOptions perWindow = options.withColumns(columns).withMultivariate(false);
        List<WindowDrift> out = new ArrayList<>();
        for (Window.Span g : groups) {
            if (g.rows().length < MIN_ROWS) {
                continue;
            }
            Table part = current.select(g.rows());
            DriftReport r = DriftEngine.compare(DriftInput.of(reference, "reference"),
                    DriftInput.of(part, "window starting " + g.label()), perWindow);
            out.add(new WindowDrift(g.label(), g.endLabel(), g.rows().length, r));
        }
        return out;
    }
}
