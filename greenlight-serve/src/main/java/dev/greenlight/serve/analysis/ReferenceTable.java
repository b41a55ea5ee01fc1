package dev.greenlight.serve.analysis;

import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.error.InvalidDataException;
import dev.greenlight.io.ReadOptions;
import dev.greenlight.io.TableReader;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;

import java.nio.file.Path;
import java.util.Set;

/**
 * The reference the live windows are compared with: the configuration's test data (else its validation data),
 * labelled and scored, as {@code greenlight monitor} takes it. The engine chunks the reference and the windows the
 * same way, by calendar period; a reference without timestamps has its rows spread, in file order, over
 * {@value #REFERENCE_CHUNKS} consecutive periods, which gives exactly the chunks of NannyML's default count chunker
 * (10 chunks of nearly equal size) from which the engine learns its thresholds.
 */
final class ReferenceTable {
    /** NannyML's default number of reference chunks. */
    static final int REFERENCE_CHUNKS = 10;
    /** Where synthetic reference periods start: far before any real event, so no window is mistaken for one. */
    static final long SYNTHETIC_ORIGIN_SECONDS = 946_684_800L; // 2000-01-01T00:00:00Z

    private ReferenceTable() {
    }

    static Path file(GreenlightConfig config) {
        Path p = config.datasets().test() != null ? config.datasets().test() : config.datasets().validation();
        if (p == null) {
            throw new InvalidDataException(config.file() + ": greenlight serve compares live windows with the test "
                    + "(or validation) data, labelled and scored; datasets.test is not set");
        }
        return p.isAbsolute() ? p : config.folder().resolve(p);
    }

    /** The reference with a timestamp column named {@code timestamp}, synthetic when the data has none. */
    static Table read(GreenlightConfig config, String timestamp, WindowSize size) {
        Path file = file(config);
        Table t = TableReader.read(file, new ReadOptions(config.features().types(), Set.of())).table();
        if (t.has(timestamp) && t.column(timestamp).type() == ColumnType.DATETIME) {
            return t;
        }
        int n = t.rowCount();
        double[] seconds = new double[n];
        double width = size.millis() / 1000.0;
        for (int i = 0; i < n; i++) {
            int chunk = (int) ((long) i * REFERENCE_CHUNKS / n);
            seconds[i] = SYNTHETIC_ORIGIN_SECONDS + chunk * width + 1;
        }
        return t.with(new NumericColumn(timestamp, ColumnType.DATETIME, seconds));
    }
}
