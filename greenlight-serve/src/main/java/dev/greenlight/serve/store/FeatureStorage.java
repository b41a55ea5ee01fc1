package dev.greenlight.serve.store;

import dev.greenlight.table.ColumnType;

/**
 * How a feature's values are stored: numbers as doubles, times as milliseconds since the epoch, and categories,
 * booleans and text as text, each the form the monitor engine reads them in.
 */
public enum FeatureStorage {
    /** A numeric feature; a stored value is a {@link Double}. */
    DOUBLE("DOUBLE PRECISION"),
    /** A datetime feature; a stored value is a {@link Long}, milliseconds since the epoch (UTC). */
    EPOCH_MS("BIGINT"),
    /** A categorical, boolean or text feature; a stored value is a {@link String}. */
    TEXT("VARCHAR");

    private final String sqlType;

    FeatureStorage(String sqlType) {
        this.sqlType = sqlType;
    }

    /** The column type, the same on DuckDB and PostgreSQL. */
    String sqlType() {
        return sqlType;
    }

    public static FeatureStorage of(ColumnType type) {
        return switch (type) {
            case NUMERIC -> DOUBLE;
            case DATETIME -> EPOCH_MS;
            case CATEGORICAL, BOOLEAN, TEXT -> TEXT;
        };
    }
}
