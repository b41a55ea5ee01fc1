package dev.greenlight.diagnose;

import dev.greenlight.monitor.MonitorColumns;
import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.Column;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Planted production scenarios around one fixed binary model, score = sigmoid(2 x1 + x2), which is calibrated on
 * the reference: its true P(y = 1 | x) is the score.
 */
final class Scenarios {
    static final MonitorColumns COLUMNS = MonitorColumns.binary("id", "y", "p", "yhat", "ts");
    static final int REFERENCE_ROWS = 4_000;
    static final int PRODUCTION_ROWS = 2_000;
    private static final long REFERENCE_START = LocalDate.of(2025, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    private static final long PRODUCTION_START = LocalDate.of(2026, 3, 1).atStartOfDay()
            .toEpochSecond(ZoneOffset.UTC);
    private static final double YEAR = 365 * 86_400.0;
    private static final double MONTH = 31 * 86_400.0;

    /** How the rows of one period are drawn. */
    record Process(double x1Sd, double strength, boolean seasonal, double serving2Scale) {
        static final Process REFERENCE = new Process(1, 1, false, 1);
    }

    private Scenarios() {
    }

    static Table reference(long seed, boolean seasonal) {
        return draw(new Random(seed), REFERENCE_ROWS, new Process(1, 1, seasonal, 1), REFERENCE_START, YEAR, 0, null);
    }

    /** One month of production, drawn by the process; {@code servingOut} receives the serving pipeline's table. */
    static Table production(long seed, Process process, List<Table> servingOut) {
        return draw(new Random(seed * 31 + 7), PRODUCTION_ROWS, process, PRODUCTION_START, MONTH, 1_000_000,
                servingOut);
    }

    /** The seasonal reference's weakest month (the relation's strength is lowest in July). */
    static Table seasonalProduction(long seed) {
        long july = LocalDate.of(2025, 7, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        return draw(new Random(seed * 31 + 11), PRODUCTION_ROWS, new Process(1, 1, true, 1), july, MONTH,
                1_000_000, null);
    }

    static DiagnoseInput input(Table reference, Table production, Table serving) {
        return new DiagnoseInput(reference, production, null, serving, COLUMNS);
    }

    private static Table draw(Random rnd, int n, Process process, long start, double span, int firstId,
                              List<Table> servingOut) {
        double[] id = new double[n];
        double[] ts = new double[n];
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        double[] served2 = new double[n];
        double[] p = new double[n];
        List<String> y = new ArrayList<>(n);
        List<String> yhat = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            id[i] = firstId + i;
            ts[i] = start + span * i / n;
            x1[i] = rnd.nextGaussian() * process.x1Sd();
            x2[i] = rnd.nextGaussian();
            served2[i] = x2[i] * process.serving2Scale();
            double logit = 2 * x1[i] + x2[i];
            double strength = process.strength();
            if (process.seasonal()) {
                double month = (ts[i] - start) / YEAR * 12 + monthOf(start);
                strength *= 1 + 0.85 * Math.cos(2 * Math.PI * month / 12);
            }
            double truth = sigmoid(strength * logit);
            y.add(rnd.nextDouble() < truth ? "1" : "0");
            p[i] = sigmoid(2 * x1[i] + served2[i]);
            yhat.add(p[i] >= 0.5 ? "1" : "0");
        }
        if (servingOut != null) {
            servingOut.add(Table.of(new NumericColumn("id", ColumnType.NUMERIC, id),
                    new NumericColumn("x1", ColumnType.NUMERIC, x1.clone()),
                    new NumericColumn("x2", ColumnType.NUMERIC, served2)));
        }
        List<Column> columns = List.of(new NumericColumn("id", ColumnType.NUMERIC, id),
                new NumericColumn("ts", ColumnType.DATETIME, ts),
                new NumericColumn("x1", ColumnType.NUMERIC, x1),
                new NumericColumn("x2", ColumnType.NUMERIC, x2),
                new NumericColumn("p", ColumnType.NUMERIC, p),
                CategoricalColumn.of("yhat", ColumnType.CATEGORICAL, yhat),
                CategoricalColumn.of("y", ColumnType.CATEGORICAL, y));
        return Table.of(columns);
    }

    private static double monthOf(long epoch) {
        return java.time.Instant.ofEpochSecond(epoch).atZone(ZoneOffset.UTC).getMonthValue() - 1;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
