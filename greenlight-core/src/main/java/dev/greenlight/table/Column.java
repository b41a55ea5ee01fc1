package dev.greenlight.table;

/**
 * One named, typed column of a {@link Table}. Implementations hold primitive arrays so that a column can be
 * scanned without materialising rows as objects.
 */
public sealed interface Column permits NumericColumn, CategoricalColumn {

    String name();

    ColumnType type();

    /** Number of rows, missing ones included. */
    int size();

    boolean isMissing(int row);

    /** Number of missing rows. */
    int missingCount();

    /** The value of a row as text, for messages and hashing; {@code null} when missing. */
    String format(int row);

    /** A copy holding only the given rows, in that order. */
    Column select(int[] rows);

    /** The same data under another semantic type of the same storage kind. */
    Column withType(ColumnType type);
}
