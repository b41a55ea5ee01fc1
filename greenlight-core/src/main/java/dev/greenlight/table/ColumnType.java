package dev.greenlight.table;

import java.util.Locale;

/**
 * The semantic type of a column. Storage follows from it: {@link #NUMERIC} and {@link #DATETIME} are held in a
 * {@link NumericColumn}, the others in a dictionary-encoded {@link CategoricalColumn}.
 */
public enum ColumnType {
    NUMERIC,
    CATEGORICAL,
    BOOLEAN,
    /** Held as seconds since the epoch (UTC), fractional seconds allowed. */
    DATETIME,
    TEXT;

    public boolean isNumericStorage() {
        return this == NUMERIC || this == DATETIME;
    }

    /** The lower-case name used in configuration files and reports. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a configuration name such as {@code numeric}; returns {@code null} when unknown. */
    public static ColumnType fromKey(String key) {
        for (ColumnType t : values()) {
            if (t.key().equals(key)) {
                return t;
            }
        }
        return null;
    }
}
