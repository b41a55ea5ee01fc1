package dev.greenlight.serve.ingest;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads an event's time: an ISO-8601 instant with its offset ({@code 2026-12-02T10:15:00Z},
 * {@code 2026-12-02T11:15:00+01:00}) or a whole number of milliseconds since the epoch. A time without an offset
 * is refused: its zone would be a guess.
 */
final class EventTime {

    private EventTime() {
    }

    /** Milliseconds since the epoch, or {@code null} when {@code node} is not a time (the caller reports it). */
    static Long millis(JsonNode node) {
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

    static final String EXPECTED = "an ISO-8601 time with its offset (2026-12-02T10:15:00Z) or milliseconds since "
            + "the epoch";
}
