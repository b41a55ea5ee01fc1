package dev.greenlight.io;

import dev.greenlight.table.ColumnType;

import java.util.Map;
import java.util.Set;

/**
 * How to read a data file.
 *
 * @param types          column types declared by the user; they override inference
 * @param requireNumeric columns that must hold numbers (scores, regression targets): a non-number is an error
 *                       naming the first bad row instead of turning the column categorical
 * @param threads        threads DuckDB may use for this file; 0 for its default (every core). A caller reading
 *                       several files at once gives each a share, since DuckDB's threads waiting on a streamed
 *                       result spend CPU the other files need
 */
public record ReadOptions(Map<String, ColumnType> types, Set<String> requireNumeric, int threads) {

    public ReadOptions {
        types = Map.copyOf(types);
        requireNumeric = Set.copyOf(requireNumeric);
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (DuckDB's default) or more, got " + threads);
        }
    }

    /** Declared types and numeric columns, DuckDB's default threads. */
    public ReadOptions(Map<String, ColumnType> types, Set<String> requireNumeric) {
        this(types, requireNumeric, 0);
    }

    public static ReadOptions defaults() {
        return new ReadOptions(Map.of(), Set.of());
    }

    /** These options with DuckDB limited to {@code threads} threads (0: its default). */
    public ReadOptions withThreads(int threads) {
        return new ReadOptions(types, requireNumeric, threads);
    }
}
