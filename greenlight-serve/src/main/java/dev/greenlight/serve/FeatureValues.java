package dev.greenlight.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.greenlight.table.ColumnType;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * One feature value of a JSON record and its stored form, by the feature's type in the train data: a numeric
 * feature takes a finite number (stored as a {@link Double}); a datetime feature an ISO-8601 time with its offset or
 * milliseconds since the epoch (a {@link Long}, milliseconds); a categorical, boolean or text feature a string, a
 * number or a boolean (its text). JSON {@code null} is a missing value. Ingestion checks every value with
 * {@link #problem} and stores {@link #stored}; the store types the JSON of rows kept by its first version the same
 * way.
 */
public final class FeatureValues {
    /** What a time must look like, for messages. */
    public static final String TIME = "an ISO-8601 time with its offset (2026-12-02T10:15:00Z) or milliseconds since "
            + "the epoch";

    private FeatureValues() {
    }

    /** What is wrong with a value for a feature of this type, or {@code null} when it fits. */
    public static String problem(JsonNode v, ColumnType type) {
        if (v.isNull()) {
            return null;
        }
        return switch (type) {
            case NUMERIC -> !v.isNumber() || !Double.isFinite(v.asDouble())
                    ? "expected a number (the column is numeric in the train data), found " + v : null;
            case DATETIME -> millis(v) == null ? "expected " + TIME + ", found " + v : null;
            case CATEGORICAL, BOOLEAN, TEXT -> v.isValueNode() ? null : "expected a " + type.key() + " value (string, "
                    + "number or boolean), found " + v.getNodeType().toString().toLowerCase(Locale.ROOT);
        };
    }

    /** The stored form of a value that fits ({@link #problem} is null); {@code null} for a missing value. */
    public static Object stored(JsonNode v, ColumnType type) {
        if (v == null || v.isNull()) {
            return null;
        }
        return switch (type) {
            case NUMERIC -> v.asDouble();
            case DATETIME -> millis(v);
            case CATEGORICAL, BOOLEAN, TEXT -> v.asText();
        };
    }

    /**
     * Milliseconds since the epoch of an ISO-8601 instant with its offset ({@code 2026-12-02T10:15:00Z},
     * {@code 2026-12-02T11:15:00+01:00}) or of a whole number of milliseconds; {@code null} for anything else. A time
     * without an offset is refused: its zone would be a guess.
     */
    public static Long millis(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isTextual()) {
            String t = node.asText();
            try {
                return Instant.parse(t).toEpochMilli();
            } catch (DateTimeParseException e) {
                try {
                    return OffsetDateTime.parse(t).toInstant().toEpochMilli();
                } catch (DateTimeParseException e2) {
                    return null;
                }
            }
        }
        return null;
    }
}
