package dev.greenlight.baseline;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.metrics.Outcomes;
import dev.greenlight.table.Column;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a baseline learns from and predicts for: the training truth, the test outcomes (a baseline keeps their truth,
 * labels and weights and replaces the predictions), and the columns of both datasets restricted to the labelled rows,
 * in the order of the truth and of the outcomes.
 *
 * <p>The tables are held with the row numbers of the labelled rows ({@code PreparedDataset.rowsUsed()}); a column is
 * selected the first time a baseline asks for it. A time column, when set, orders the rows for the forecasting
 * baselines; without one, each dataset's rows are taken to be in time order, the test rows after the training rows.
 */
public final class BaselineInput {
    private static final Table EMPTY = Table.of(List.of());

    private final TrainingTruth train;
    private final Outcomes test;
    private final Table trainTable;
    private final int[] trainRows;
    private final Table testTable;
    private final int[] testRows;
    private final Map<String, ColumnType> features;
    private final String timeColumn;
    private final Map<String, Column> selected = new ConcurrentHashMap<>();

    private BaselineInput(TrainingTruth train, Outcomes test, Table trainTable, int[] trainRows, Table testTable,
                          int[] testRows, Map<String, ColumnType> features, String timeColumn) {
        this.train = Objects.requireNonNull(train, "train");
        this.test = Objects.requireNonNull(test, "test");
        this.trainTable = trainTable;
        this.trainRows = trainRows;
        this.testTable = testTable;
        this.testRows = testRows;
        this.features = features;
        this.timeColumn = timeColumn;
    }

    /** Labels only: for the baselines that need no feature (most frequent class, train mean, ...). */
    public static BaselineInput labelsOnly(TrainingTruth train, Outcomes test) {
        return new BaselineInput(train, test, EMPTY, null, EMPTY, null, Map.of(), null);
    }

    /**
     * The labels with the feature columns.
     *
     * @param train      training truth, one entry per element of {@code trainRows}
     * @param trainTable the training data
     * @param trainRows  the table row of each training truth entry
     * @param test       test outcomes, one entry per element of {@code testRows}
     * @param testTable  the test data
     * @param testRows   the table row of each outcome row
     * @param features   the feature columns by name, with their types (as in the training data); every one must be
     *                   a column of both tables
     * @throws InvalidDataException when the rows do not match the truth or a feature is missing from a table
     */
    public static BaselineInput of(TrainingTruth train, Table trainTable, int[] trainRows, Outcomes test,
                                   Table testTable, int[] testRows, Map<String, ColumnType> features) {
        if (trainRows.length != train.size()) {
            throw new InvalidDataException(trainRows.length + " training rows for " + train.size()
                    + " training labels");
        }
        if (testRows.length != test.size()) {
            throw new InvalidDataException(testRows.length + " test rows for " + test.size() + " test outcomes");
        }
        for (String f : features.keySet()) {
            if (!trainTable.has(f) || !testTable.has(f)) {
                throw new InvalidDataException("feature '" + f + "' is not a column of both the train and the "
                        + "test data");
            }
        }
        return new BaselineInput(train, test, trainTable, trainRows.clone(), testTable, testRows.clone(),
                Collections.unmodifiableMap(new LinkedHashMap<>(features)), null);
    }

    /**
     * The same input with the rows ordered in time by a numeric or datetime column of both tables (ties keep row
     * order); {@code null} keeps file order.
     */
    public BaselineInput orderedBy(String column) {
        if (column != null && (!has(trainTable, trainRows, column) || !has(testTable, testRows, column))) {
            throw new InvalidDataException("time column '" + column + "' is not a column of both the train and "
                    + "the test data");
        }
        return new BaselineInput(train, test, trainTable, trainRows, testTable, testRows, features, column);
    }

    private static boolean has(Table t, int[] rows, String column) {
        return rows != null && t.has(column);
    }

    public TrainingTruth train() {
        return train;
    }

    public Outcomes test() {
        return test;
    }

    /** Feature names, in configuration order. */
    public List<String> features() {
        return new ArrayList<>(features.keySet());
    }

    /** The declared type of a feature. */
    public ColumnType featureType(String feature) {
        ColumnType t = features.get(feature);
        if (t == null) {
            throw new InvalidDataException("'" + feature + "' is not a feature; features: " + features.keySet());
        }
        return t;
    }

    /** Whether both datasets have the column (a feature or any other, such as an existing rule's predictions). */
    public boolean hasColumn(String column) {
        return has(trainTable, trainRows, column) && has(testTable, testRows, column);
    }

    /** Whether the test data has the column. */
    public boolean testHasColumn(String column) {
        return has(testTable, testRows, column);
    }

    /** A column of the training data, one entry per training label. */
    public Column trainColumn(String column) {
        return select("train", trainTable, trainRows, column);
    }

    /** A column of the test data, one entry per outcome row. */
    public Column testColumn(String column) {
        return select("test", testTable, testRows, column);
    }

    /** The table row of a test outcome row, for messages. */
    public int testTableRow(int outcomeRow) {
        return testRows == null ? outcomeRow : testRows[outcomeRow];
    }

    private Column select(String role, Table table, int[] rows, String column) {
        if (!has(table, rows, column)) {
            throw new InvalidDataException("the " + role + " data has no column '" + column + "'");
        }
        return selected.computeIfAbsent(role + "\u0000" + column, k -> table.column(column).select(rows));
    }

    /** Training label positions in time order: by the time column when set, else 0, 1, 2, ... */
    public int[] trainTimeOrder() {
        return timeOrder(timeColumn == null ? null : trainColumn(timeColumn), train.size());
    }

    /** Test outcome positions in time order: by the time column when set, else 0, 1, 2, ... */
    public int[] testTimeOrder() {
        return timeOrder(timeColumn == null ? null : testColumn(timeColumn), test.size());
    }

    private int[] timeOrder(Column time, int n) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (time != null) {
            if (!(time instanceof NumericColumn t)) {
                throw new InvalidDataException("time column '" + timeColumn + "' is " + time.type().key()
                        + ", expected numbers or datetimes");
            }
            // missing times sort last, so a row without a time never becomes the most recent history
            java.util.Arrays.sort(order, (a, b) -> Double.compare(key(t, a), key(t, b)));
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = order[i];
        }
        return out;
    }

    private static double key(NumericColumn t, int row) {
        double v = t.get(row);
        return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
    }
}
