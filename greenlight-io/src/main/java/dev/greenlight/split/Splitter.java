package dev.greenlight.split;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.table.Column;
import dev.greenlight.table.Columns;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Assigns the rows of a table to train and test, reproducibly: the same table, method, share and seed give the same
 * rows on every run and platform, because every choice comes from integer arithmetic on the seed and the row numbers
 * ({@link RowKeys}), never from a library's random generator. With n rows the test set aims at
 * {@code n_test = ceil(share * n)} rows (scikit-learn's {@code train_test_split} rounding), at least 1 and at most
 * {@code n - 1}.
 * <ul>
 *   <li>random: the {@code n_test} rows of smallest key;</li>
 *   <li>stratified: classes (the target's text; missing is a class of its own) in sorted order get
 *       {@code n_test * n_class / n} test rows each, rounded down, and the rows still missing go one each to the
 *       classes of largest remainder (ties: sorted order); within a class, the rows of smallest key;</li>
 *   <li>group: groups in order of their key go to test, whole, until the test set has at least {@code n_test} rows;
 *       at least one group stays in train. A missing group value is an error;</li>
 *   <li>time: rows sorted by time (ties by row number); the last {@code n_test} are test, and so is every row with
 *       the same time as the earliest of them, so no time stands on both sides. A missing time is an error.</li>
 * </ul>
 */
public final class Splitter {
    private static final String MISSING_CLASS = "(missing)";

    private Splitter() {
    }

    /**
     * Splits the rows of {@code table}.
     *
     * @param source the file the table came from, for messages
     * @throws InvalidDataException when a named column is absent, a group or time is missing, or there are too few
     *                              rows or groups to split
     */
    public static RowSplit split(Table table, SplitRequest request, String source) {
        int n = table.rowCount();
        if (n < 2) {
            throw new InvalidDataException(source + ": a split needs at least 2 rows, found " + n);
        }
        int nTest = (int) Math.min(n - 1, Math.max(1, Math.ceil(request.testShare() * n)));
        boolean[] test = switch (request.method()) {
            case RANDOM -> random(n, nTest, request.seed());
            case STRATIFIED -> stratified(column(table, request.target(), source), nTest, request.seed());
            case GROUP -> group(column(table, request.group(), source), nTest, request.seed(), source);
            case TIME -> time(column(table, request.time(), source), nTest, source);
        };
        int testCount = 0;
        for (boolean t : test) {
            testCount += t ? 1 : 0;
        }
        int[] trainRows = new int[n - testCount];
        int[] testRows = new int[testCount];
        for (int i = 0, a = 0, b = 0; i < n; i++) {
            if (test[i]) {
                testRows[b++] = i;
            } else {
                trainRows[a++] = i;
            }
        }
        return new RowSplit(trainRows, testRows);
    }

    static Column column(Table table, String name, String source) {
        return table.find(name).orElseThrow(() -> new InvalidDataException(source + ": no column '" + name
                + "'" + dev.greenlight.text.Suggestions.didYouMean(name, table.columnNames()) + "; columns present: "
                + String.join(", ", table.columnNames())));
    }

    private static boolean[] random(int n, int nTest, long seed) {
        Integer[] rows = byKey(n, seed);
        boolean[] test = new boolean[n];
        for (int k = 0; k < nTest; k++) {
            test[rows[k]] = true;
        }
        return test;
    }

    /** Rows 0..n-1 in ascending unsigned order of key, ties by row. */
    private static Integer[] byKey(int n, long seed) {
        Integer[] rows = new Integer[n];
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
            keys[i] = RowKeys.row(seed, i);
        }
        Arrays.sort(rows, Comparator.<Integer>comparingLong(i -> keys[i] ^ Long.MIN_VALUE).thenComparingInt(i -> i));
        return rows;
    }

    private static boolean[] stratified(Column target, int nTest, long seed) {
        int n = target.size();
        Map<String, List<Integer>> strata = new TreeMap<>();
        Integer[] rows = byKey(n, seed);
        for (int r : rows) {
            String v = target.format(r);
            strata.computeIfAbsent(v == null ? MISSING_CLASS : v, k -> new ArrayList<>()).add(r);
        }
        List<List<Integer>> classes = new ArrayList<>(strata.values());
        int[] quota = new int[classes.size()];
        double[] remainder = new double[classes.size()];
        int given = 0;
        for (int c = 0; c < quota.length; c++) {
            double exact = (double) nTest * classes.get(c).size() / n;
            quota[c] = (int) Math.floor(exact);
            remainder[c] = exact - quota[c];
            given += quota[c];
        }
        Integer[] order = new Integer[quota.length];
        for (int c = 0; c < order.length; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> remainder[a] != remainder[b] ? Double.compare(remainder[b], remainder[a]) : a - b);
        for (int k = 0; given < nTest && k < order.length; k++) {
            quota[order[k]]++;
            given++;
        }
        boolean[] test = new boolean[n];
        for (int c = 0; c < quota.length; c++) {
            List<Integer> members = classes.get(c);
            for (int k = 0; k < quota[c] && k < members.size(); k++) {
                test[members.get(k)] = true;
            }
        }
        return test;
    }

    private static boolean[] group(Column groups, int nTest, long seed, String source) {
        int n = groups.size();
        Map<String, List<Integer>> members = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            String g = groups.format(i);
            if (g == null) {
                throw new InvalidDataException(source + ", column '" + groups.name() + "': data row " + (i + 1)
                        + " has no group; every row of a group split needs one");
            }
            members.computeIfAbsent(g, k -> new ArrayList<>()).add(i);
        }
        if (members.size() < 2) {
            throw new InvalidDataException(source + ", column '" + groups.name() + "': a group split needs at least 2 "
                    + "groups, found " + members.size());
        }
        List<String> names = new ArrayList<>(members.keySet());
        Map<String, Long> keys = new TreeMap<>();
        names.forEach(g -> keys.put(g, RowKeys.group(seed, g) ^ Long.MIN_VALUE));
        names.sort(Comparator.<String>comparingLong(keys::get).thenComparing(Comparator.naturalOrder()));
        boolean[] test = new boolean[n];
        int count = 0;
        for (int k = 0; k < names.size() - 1 && count < nTest; k++) {
            for (int r : members.get(names.get(k))) {
                test[r] = true;
                count++;
            }
        }
        return test;
    }

    private static boolean[] time(Column column, int nTest, String source) {
        NumericColumn t = Columns.asNumeric(column).orElseThrow(() -> new InvalidDataException(source + ", column '"
                + column.name() + "': a time split needs numbers or datetimes, found " + column.type().key()
                + " values"));
        int n = t.size();
        for (int i = 0; i < n; i++) {
            if (t.isMissing(i)) {
                throw new InvalidDataException(source + ", column '" + column.name() + "': data row " + (i + 1)
                        + " has no time; every row of a time split needs one");
            }
        }
        Integer[] rows = new Integer[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        Arrays.sort(rows, Comparator.<Integer>comparingDouble(t::get).thenComparingInt(i -> i));
        double cut = t.get(rows[n - nTest]);
        if (t.get(rows[0]) == cut) {
            throw new InvalidDataException(source + ", column '" + column.name() + "': the earliest time is also the "
                    + "time where the test set would start, so every row would be test; no time split is possible");
        }
        boolean[] test = new boolean[n];
        for (int i = 0; i < n; i++) {
            test[i] = t.get(i) >= cut;
        }
        return test;
    }
}
