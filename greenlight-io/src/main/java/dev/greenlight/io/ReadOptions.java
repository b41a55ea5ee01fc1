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
 */
public record ReadOptions(Map<String, ColumnType> types, Set<String> requireNumeric) {

    public ReadOptions {
        types = Map.copyOf(types);
        requireNumeric = Set.copyOf(requireNumeric);
    }

    public static ReadOptions defaults() {
        return new ReadOptions(Map.of(), Set.of());
    }
}
