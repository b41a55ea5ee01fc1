package dev.greenlight.drift;

import java.util.Locale;

/** The two kinds of column drift tests tell apart: numbers, and categories (booleans included). */
public enum ColumnKind {
    NUMERIC, CATEGORICAL;

    /** The name used in output: {@code numeric} or {@code categorical}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
