package dev.greenlight.time;

import dev.greenlight.error.InvalidConfigException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar period of fixed length, e.g. {@code 30d}: a count and a unit, {@code h} hours, {@code d} days,
 * {@code w} weeks, {@code m} calendar months, {@code q} quarters, {@code y} years; {@code day}, {@code week} and
 * {@code month} are read as {@code 1d}, {@code 1w} and {@code 1m}. The one window type of Greenlight: drift over
 * time, scoring windows and monitoring chunks all use it.
 *
 * <p>Rows are assigned to consecutive windows of that length (UTC), the first starting at the beginning of the unit
 * that holds the earliest timestamp: the hour, the day, the Monday of the week (ISO 8601), or the first day of the
 * month, quarter or year. With a count of one the windows are therefore the calendar's own days, weeks or months.
 *
 * @param count how many units one window spans, at least one
 * @param unit  the unit
 */
public record Window(int count, Unit unit) {
    private static final Pattern FORMAT = Pattern.compile("([0-9]{1,6})([hdwmqy])");

    /** The units a window is counted in, with their one-letter symbols. */
    public enum Unit {
        HOUR('h'), DAY('d'), WEEK('w'), MONTH('m'), QUARTER('q'), YEAR('y');

        private final char symbol;

        Unit(char symbol) {
            this.symbol = symbol;
        }

        public char symbol() {
            return symbol;
        }

        static Unit of(char symbol) {
            for (Unit u : values()) {
                if (u.symbol == symbol) {
                    return u;
                }
            }
            throw new InvalidConfigException("unknown window unit '" + symbol + "'; expected h, d, w, m, q or y");
        }
    }

    /**
     * One window holding rows.
     *
     * @param start the window's first instant (UTC)
     * @param end   the first instant after it
     * @param rows  positions into the timestamps given to {@link #assign}, ascending
     */
    public record Span(LocalDateTime start, LocalDateTime end, int[] rows) {
        /** The start as an ISO date, or date-time for windows of hours. */
        public String label() {
            return start.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) && end.toLocalTime()
                    .equals(java.time.LocalTime.MIDNIGHT) ? start.toLocalDate().toString() : start.toString();
        }

        /** The end in the same form as {@link #label()}. */
        public String endLabel() {
            return start.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) && end.toLocalTime()
                    .equals(java.time.LocalTime.MIDNIGHT) ? end.toLocalDate().toString() : end.toString();
        }
    }

    public Window {
        if (count < 1) {
            throw new InvalidConfigException("a window spans at least one unit, got " + count);
        }
        if (unit == null) {
            throw new InvalidConfigException("a window needs a unit: h, d, w, m, q or y");
        }
    }

    /**
     * Parses {@code 30d}, {@code 1w}, {@code 12h}, {@code 3m}, {@code 1q}, {@code 1y}, or the words {@code day},
     * {@code week} and {@code month}.
     *
     * @throws InvalidConfigException on anything else, naming the text and the accepted forms
     */
    public static Window parse(String text) {
        if (text == null) {
            throw new InvalidConfigException("no window given; expected a count and a unit, e.g. 30d, 1w, 3m, 1q, "
                    + "1y or 12h, or day, week or month");
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        switch (t) {
            case "day" -> {
                return new Window(1, Unit.DAY);
            }
            case "week" -> {
                return new Window(1, Unit.WEEK);
            }
            case "month" -> {
                return new Window(1, Unit.MONTH);
            }
            default -> {
            }
        }
        Matcher m = FORMAT.matcher(t);
        if (!m.matches()) {
            throw new InvalidConfigException("'" + text + "' is not a window; expected a count and a unit, e.g. 30d, "
                    + "1w, 3m, 1q, 1y or 12h, or day, week or month");
        }
        return new Window(Integer.parseInt(m.group(1)), Unit.of(m.group(2).charAt(0)));
    }

    /** The compact form, e.g. {@code 30d}; {@link #parse} reads it back. */
    @Override
    public String toString() {
        return count + String.valueOf(unit.symbol);
    }

    /** A name for prose: {@code day}, {@code week}, {@code month} ... for a count of one, else {@code 30d}. */
    public String noun() {
        return count == 1 ? unit.name().toLowerCase(Locale.ROOT) : toString();
    }

    /** The plural of {@link #noun()}: {@code months}, or {@code 30d windows}. */
    public String plural() {
        return count == 1 ? noun() + "s" : this + " windows";
    }

    /**
     * The windows holding the given instants (seconds since the epoch, UTC), in time order; rows without a
     * timestamp (NaN) are left out, and windows without rows are not listed.
     */
    public List<Span> assign(double[] epochSeconds) {
        double min = Double.POSITIVE_INFINITY;
        for (double t : epochSeconds) {
            if (!Double.isNaN(t)) {
                min = Math.min(min, t);
            }
        }
        if (min == Double.POSITIVE_INFINITY) {
            return List.of();
        }
        LocalDateTime origin = unitStart(at(min));
        Map<Long, IntList> byIndex = new TreeMap<>();
        for (int i = 0; i < epochSeconds.length; i++) {
            double t = epochSeconds[i];
            if (!Double.isNaN(t)) {
                byIndex.computeIfAbsent(index(origin, at(t)), k -> new IntList()).add(i);
            }
        }
        List<Span> out = new ArrayList<>(byIndex.size());
        byIndex.forEach((k, rows) -> out.add(new Span(windowStart(origin, k), windowStart(origin, k + 1),
                rows.toArray())));
        return out;
    }

    private static LocalDateTime at(double epochSeconds) {
        return LocalDateTime.ofInstant(Instant.ofEpochSecond((long) Math.floor(epochSeconds)), ZoneOffset.UTC);
    }

    private LocalDateTime unitStart(LocalDateTime t) {
        return switch (unit) {
            case HOUR -> t.truncatedTo(ChronoUnit.HOURS);
            case DAY -> t.truncatedTo(ChronoUnit.DAYS);
            case WEEK -> t.truncatedTo(ChronoUnit.DAYS).minusDays(t.getDayOfWeek().getValue() - 1L);
            case MONTH -> t.toLocalDate().withDayOfMonth(1).atStartOfDay();
            case QUARTER -> LocalDate.of(t.getYear(), ((t.getMonthValue() - 1) / 3) * 3 + 1, 1).atStartOfDay();
            case YEAR -> LocalDate.of(t.getYear(), 1, 1).atStartOfDay();
        };
    }

    private long index(LocalDateTime origin, LocalDateTime at) {
        long units = switch (unit) {
            case HOUR -> ChronoUnit.HOURS.between(origin, at);
            case DAY -> ChronoUnit.DAYS.between(origin, at);
            case WEEK -> ChronoUnit.WEEKS.between(origin, at);
            case MONTH -> ChronoUnit.MONTHS.between(origin, at);
            case QUARTER -> ChronoUnit.MONTHS.between(origin, at) / 3;
            case YEAR -> ChronoUnit.YEARS.between(origin, at);
        };
        return units / count;
    }

    private LocalDateTime windowStart(LocalDateTime origin, long index) {
        long units = index * count;
        return switch (unit) {
            case HOUR -> origin.plusHours(units);
            case DAY -> origin.plusDays(units);
            case WEEK -> origin.plusWeeks(units);
            case MONTH -> origin.plusMonths(units);
            case QUARTER -> origin.plusMonths(3 * units);
            case YEAR -> origin.plusYears(units);
        };
    }

    /** A growable list of row positions, so a window of a million rows is not a million boxed integers. */
    private static final class IntList {
        private int[] values = new int[16];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
