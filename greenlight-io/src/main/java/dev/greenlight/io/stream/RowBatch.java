package dev.greenlight.io.stream;

import java.util.List;

/**
 * A run of consecutive rows of a {@link ColumnarSource}, column by column in primitive arrays. The arrays are
 * reused for the next batch: a consumer copies what it keeps. Only the first {@link #size()} entries are valid.
 */
public final class RowBatch {
    /** Code of a missing categorical value. */
    public static final int MISSING_CODE = -1;

    private final List<SourceColumn> columns;
    private final double[][] numbers;
    private final int[][] codes;
    private final long[][] hashes;
    private final boolean[][] hashMissing;
    private int size;

    RowBatch(List<SourceColumn> columns, int capacity) {
        this.columns = columns;
        int n = columns.size();
        numbers = new double[n][];
        codes = new int[n][];
        hashes = new long[n][];
        hashMissing = new boolean[n][];
        for (int i = 0; i < n; i++) {
            switch (columns.get(i).storage()) {
                case NUMBERS -> numbers[i] = new double[capacity];
                case CODES -> codes[i] = new int[capacity];
                case HASHES -> {
                    hashes[i] = new long[capacity];
                    hashMissing[i] = new boolean[capacity];
                }
            }
        }
    }

    public List<SourceColumn> columns() {
        return columns;
    }

    /** Number of valid rows in this batch. */
    public int size() {
        return size;
    }

    /** Values of a numeric or datetime column (NaN = missing). */
    public double[] numbers(int column) {
        return require(numbers[column], column, "numbers");
    }

    /** Dictionary codes of a categorical or boolean column ({@link #MISSING_CODE} = missing). */
    public int[] codes(int column) {
        return require(codes[column], column, "codes");
    }

    /** Value hashes of a text column; see {@link #hashMissing(int)}. */
    public long[] hashes(int column) {
        return require(hashes[column], column, "hashes");
    }

    /** Whether each text value is missing. */
    public boolean[] hashMissing(int column) {
        return require(hashMissing[column], column, "hashes");
    }

    void setSize(int size) {
        this.size = size;
    }

    double[][] numberArrays() {
        return numbers;
    }

    int[][] codeArrays() {
        return codes;
    }

    long[][] hashArrays() {
        return hashes;
    }

    boolean[][] hashMissingArrays() {
        return hashMissing;
    }

    private <T> T require(T array, int column, String what) {
        if (array == null) {
            SourceColumn c = columns.get(column);
            throw new IllegalArgumentException("column '" + c.name() + "' is " + c.type().key()
                    + " and holds no " + what);
        }
        return array;
    }
}
