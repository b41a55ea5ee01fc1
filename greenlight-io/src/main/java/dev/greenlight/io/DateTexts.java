package dev.greenlight.io;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** ISO 8601 dates and timestamps in text, as seconds since the epoch; local times are read as UTC. */
final class DateTexts {
    private DateTexts() {
    }

    static Optional<Double> epochSeconds(String text) {
        String s = text.strip().replace(' ', 'T');
        try {
            return Optional.of(seconds(OffsetDateTime.parse(s).toInstant()));
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(seconds(Instant.parse(s)));
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(seconds(LocalDateTime.parse(s).toInstant(ZoneOffset.UTC)));
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(seconds(LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static double seconds(Instant t) {
        return t.getEpochSecond() + t.getNano() / 1e9;
    }
}
