package dev.greenlight.drift;

import dev.greenlight.error.GreenlightException;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** Calendar windows (UTC) for drift over time; weeks start on Monday (ISO 8601). */
public enum TimeWindow {
    DAY, WEEK, MONTH;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TimeWindow fromKey(String key) {
        for (TimeWindow w : values()) {
            if (w.key().equals(key)) {
                return w;
            }
        }
        throw new GreenlightException("unknown window '" + key + "'; expected one of day, week, month");
    }

    /** The first day of the window holding the instant. */
    LocalDate start(double epochSeconds) {
        LocalDate d = Instant.ofEpochMilli((long) Math.floor(epochSeconds * 1000)).atZone(ZoneOffset.UTC)
                .toLocalDate();
        return switch (this) {
            case DAY -> d;
            case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> d.withDayOfMonth(1);
        };
    }

    /** The first day after the window starting on {@code start}. */
    LocalDate end(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }
}
