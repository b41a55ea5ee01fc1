package dev.greenlight.slices;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period one production metric covers, e.g. {@code 30d}: a count and a unit, {@code h} hours, {@code d} days,
 * {@code w} weeks, {@code m} calendar months, {@code q} quarters, {@code y} years. Rows are assigned to consecutive
 * windows of that length, the first starting at the beginning (UTC) of the unit that holds the earliest timestamp:
 * the hour, the day, the Monday of the week, or the first day of the month, quarter or year.
 *
 * @param count how many units one window spans
 * @param unit  h, d, w, m, q or y
 */
public record ScoringWindow(int count, char unit) {
    private static final Pattern FORMAT = Pattern.compile("([0-9]+)([hdwmqy])");

    public ScoringWindow {
        if (count < 1) {
            throw new IllegalArgumentException("a scoring window spans at least one unit, got " + count);
        }
        if ("hdwmqy".indexOf(unit) < 0) {
            throw new IllegalArgumentException("unknown window unit '" + unit + "'; expected h, d, w, m, q or y");
        }
    }

    /** Parses {@code 30d}; throws {@link IllegalArgumentException} on anything else. */
    public static ScoringWindow parse(String text) {
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a scoring window; expected a count and a unit, "
                    + "e.g. 30d, 1w, 3m, 1q, 1y or 12h");
        }
        return new ScoringWindow(Integer.parseInt(m.group(1)), m.group(2).charAt(0));
    }

    @Override
    public String toString() {
        return count + String.valueOf(unit);
    }

    /**
     * Positions (into {@code epochSeconds}) by window, in time order, keyed by the window's start (ISO date, or
     * date-time for hour windows). Rows without a timestamp (NaN) are left out.
     */
    public Map<String, int[]> assign(double[] epochSeconds) {
        double min = Double.POSITIVE_INFINITY;
        for (double t : epochSeconds) {
            if (!Double.isNaN(t)) {
                min = Math.min(min, t);
            }
        }
        Map<Long, List<Integer>> byIndex = new TreeMap<>();
        if (min == Double.POSITIVE_INFINITY) {
            return Map.of();
        }
        LocalDateTime start = unitStart(LocalDateTime.ofInstant(Instant.ofEpochSecond((long) Math.floor(min)),
                ZoneOffset.UTC));
        for (int i = 0; i < epochSeconds.length; i++) {
            double t = epochSeconds[i];
            if (Double.isNaN(t)) {
                continue;
            }
            LocalDateTime at = LocalDateTime.ofInstant(Instant.ofEpochSecond((long) Math.floor(t)), ZoneOffset.UTC);
            byIndex.computeIfAbsent(index(start, at), k -> new ArrayList<>()).add(i);
        }
        Map<String, int[]> out = new LinkedHashMap<>();
        byIndex.forEach((k, v) -> out.put(label(windowStart(start, k)), v.stream().mapToInt(Integer::intValue)
                .toArray()));
        return out;
    }

    private LocalDateTime unitStart(LocalDateTime t) {
        return switch (unit) {
            case 'h' -> t.truncatedTo(ChronoUnit.HOURS);
            case 'd' -> t.truncatedTo(ChronoUnit.DAYS);
            case 'w' -> t.truncatedTo(ChronoUnit.DAYS).minusDays(t.getDayOfWeek().getValue() - 1L);
            case 'm' -> t.toLocalDate().withDayOfMonth(1).atStartOfDay();
            case 'q' -> LocalDate.of(t.getYear(), ((t.getMonthValue() - 1) / 3) * 3 + 1, 1).atStartOfDay();
            default -> LocalDate.of(t.getYear(), 1, 1).atStartOfDay();
        };
    }

    private long index(LocalDateTime start, LocalDateTime at) {
        long units = switch (unit) {
            case 'h' -> ChronoUnit.HOURS.between(start, at);
            case 'd' -> ChronoUnit.DAYS.between(start, at);
            case 'w' -> ChronoUnit.WEEKS.between(start, at);
            case 'm' -> ChronoUnit.MONTHS.between(start, at);
            case 'q' -> ChronoUnit.MONTHS.between(start, at) / 3;
            default -> ChronoUnit.YEARS.between(start, at);
        };
        return units / count;
    }

    private LocalDateTime windowStart(LocalDateTime start, long index) {
        long units = index * count;
        return switch (unit) {
            case 'h' -> start.plusHours(units);
            case 'd' -> start.plusDays(units);
            case 'w' -> start.plusWeeks(units);
            case 'm' -> start.plusMonths(units);
            case 'q' -> start.plusMonths(3 * units);
            default -> start.plusYears(units);
        };
    }

    private String label(LocalDateTime t) {
        return unit == 'h' ? t.toString() : t.toLocalDate().toString();
    }
}
