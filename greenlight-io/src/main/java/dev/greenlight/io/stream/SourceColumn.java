package dev.greenlight.io.stream;

import dev.greenlight.table.ColumnType;

import java.util.List;

/**
 * One column of a {@link ColumnarSource}, with the type it is read as.
 *
 * @param name       the column's name in the file
 * @param type       {@code NUMERIC} and {@code DATETIME} arrive as doubles (NaN = missing); {@code CATEGORICAL}
 *                   and {@code BOOLEAN} as codes into {@code dictionary} (-1 = missing); {@code TEXT} (free text
 *                   or more than {@link ColumnarSource#MAX_DICTIONARY} distinct values) as 64-bit hashes of the
 *                   values, enough to count distinct values without holding them
 * @param dictionary the distinct values of a categorical or boolean column, sorted; empty for the other types
 */
public record SourceColumn(String name, ColumnType type, List<String> dictionary) {
    public SourceColumn {
        dictionary = List.copyOf(dictionary);
    }

    /** How the column's values arrive in a {@link RowBatch}. */
    public Storage storage() {
        if (type.isNumericStorage()) {
            return Storage.NUMBERS;
        }
        return type == ColumnType.TEXT ? Storage.HASHES : Storage.CODES;
    }

    /** The three forms a column's values take in a {@link RowBatch}. */
    public enum Storage {
        NUMBERS, CODES, HASHES
    }
}
