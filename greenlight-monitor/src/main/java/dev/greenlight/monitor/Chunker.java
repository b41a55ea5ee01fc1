package dev.greenlight.monitor;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.table.Column;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import dev.greenlight.time.Window;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts one period's rows into chunks (NannyML's size, count and period chunkers). Size and count chunks are runs of
 * consecutive rows in table order; period chunks group rows by the calendar {@link Window} of their timestamp.
 */
public final class Chunker {

    /**
     * The rows of one chunk.
     *
     * @param index   0-based position in the period
     * @param rows    positions in the period's table, ascending
     * @param start   first timestamp or the calendar period's start; null without timestamps
     * @param end     last timestamp or the next period's start; null without timestamps
     * @param partial see {@link ChunkResult#partial()}
     * @param periodEnd the first instant after the chunk's calendar period (UTC); null unless chunked by period
     */
    public record Chunk(int index, int[] rows, String start, String end, boolean partial, LocalDateTime periodEnd) {
        public int firstRow() {
            return rows.length == 0 ? -1 : rows[0];
        }

        public int lastRow() {
            return rows.length == 0 ? -1 : rows[rows.length - 1];
        }
    }

    private Chunker() {
    }

    /**
     * The chunks of {@code table}.
     *
     * @param what      the period's name for messages, e.g. {@code the analysis data}
     * @param timestamp the timestamp column or null; required for period chunking
     * @throws InvalidDataException when a chunk size exceeds the rows, or the timestamp column holds no timestamps
     */
    public static List<Chunk> chunks(Table table, String timestamp, Chunking chunking, String what) {
        int n = table.rowCount();
        double[] times = timestamp == null ? null : timestamps(table, timestamp, what);
        if (n == 0) {
            throw new InvalidDataException(what + " has no rows to monitor");
        }
        List<Chunk> out = new ArrayList<>();
        switch (chunking.kind()) {
            case SIZE -> {
                int size = chunking.size();
                if (size > n) {
                    throw new InvalidDataException("the chunk size " + size + " is larger than " + what + " ("
                            + n + " rows); choose a size of at most " + n + " rows or chunk by count");
                }
                for (int from = 0, k = 0; from < n; from += size, k++) {
                    int to = Math.min(n, from + size);
                    out.add(consecutive(k, from, to, times, to - from < size));
                }
            }
            case COUNT -> {
                int count = chunking.count();
                if (count > n) {
                    throw new InvalidDataException("the chunk count " + count + " is larger than the number of rows "
                            + "of " + what + " (" + n + ")");
                }
                for (int k = 0; k < count; k++) {
                    int from = (int) ((long) n * k / count);
                    int to = (int) ((long) n * (k + 1) / count);
                    out.add(consecutive(k, from, to, times, false));
                }
            }
            case PERIOD -> {
                if (times == null) {
                    throw new InvalidDataException("chunking " + what + " by calendar period needs a timestamp "
                            + "column (--timestamp)");
                }
                List<Window.Span> spans = chunking.period().assign(times);
                double last = Arrays.stream(times).filter(t -> !Double.isNaN(t)).max().orElse(Double.NaN);
                int[] sizes = spans.stream().mapToInt(s -> s.rows().length).toArray();
                for (int k = 0; k < spans.size(); k++) {
                    Window.Span s = spans.get(k);
                    boolean partial = k == spans.size() - 1 && lastPeriodIsPartial(sizes, last, s.end());
                    out.add(new Chunk(k, s.rows(), s.label(), s.endLabel(), partial, s.end()));
                }
                if (out.isEmpty()) {
                    throw new InvalidDataException(what + " has no timestamps in '" + timestamp + "'");
                }
            }
        }
        return out;
    }

    /**
     * Whether the last of several calendar periods is partial: the data does not reach its end, and it holds clearly
     * fewer rows than the median of the others (under a half).
     *
     * @param sizes       rows per period, in time order, the last one included
     * @param lastSeconds the latest timestamp of the data (seconds since the epoch)
     * @param lastEnd     the first instant after the last period
     */
    static boolean lastPeriodIsPartial(int[] sizes, double lastSeconds, LocalDateTime lastEnd) {
        if (sizes.length < 2 || !at(lastSeconds).isBefore(lastEnd.minusSeconds(1))) {
            return false;
        }
        int[] others = Arrays.copyOf(sizes, sizes.length - 1);
        Arrays.sort(others);
        return sizes[sizes.length - 1] * 2 < others[others.length / 2];
    }

    private static Chunk consecutive(int k, int from, int to, double[] times, boolean partial) {
        int[] rows = new int[to - from];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < rows.length; i++) {
            rows[i] = from + i;
            if (times != null && !Double.isNaN(times[from + i])) {
                lo = Math.min(lo, times[from + i]);
                hi = Math.max(hi, times[from + i]);
            }
        }
        String start = lo == Double.POSITIVE_INFINITY ? null : at(lo).toString();
        String end = hi == Double.NEGATIVE_INFINITY ? null : at(hi).toString();
        return new Chunk(k, rows, start, end, partial, null);
    }

    private static LocalDateTime at(double epochSeconds) {
        return LocalDateTime.ofInstant(Instant.ofEpochSecond((long) Math.floor(epochSeconds)), ZoneOffset.UTC);
    }

    /** Whether a text reads as an ISO 8601 date or date-time (a space may stand for the T). */
    private static boolean looksLikeTime(String text) {
        String t = text.strip().replace(' ', 'T');
        for (java.util.function.Function<String, ?> parse : List.<java.util.function.Function<String, ?>>of(
                java.time.LocalDate::parse, LocalDateTime::parse, java.time.OffsetDateTime::parse, Instant::parse)) {
            try {
                parse.apply(t);
                return true;
            } catch (java.time.format.DateTimeParseException e) {
                // try the next form
            }
        }
        return false;
    }

    /**
     * The timestamps of a column, seconds since the epoch (NaN where missing).
     *
     * @throws InvalidDataException naming the first value that is not a date or time
     */
    static double[] timestamps(Table table, String name, String what) {
        Column c = table.find(name).orElseThrow(() -> new InvalidDataException(what + " has no timestamp column '"
                + name + "'; columns present: " + String.join(", ", table.columnNames())));
        if (c.type() == ColumnType.DATETIME) {
            return ((NumericColumn) c).toArray();
        }
        int first = -1;
        for (int i = 0; i < c.size() && first < 0; i++) {
            if (!c.isMissing(i) && !looksLikeTime(c.format(i))) {
                first = i;
            }
        }
        for (int i = Math.max(0, first); i < c.size(); i++) {
            if (!c.isMissing(i)) {
                throw new InvalidDataException(what + ", column '" + name + "', row " + (i + 1) + ": '" + c.format(i)
                        + "' is not a date or timestamp; expected ISO 8601, e.g. 2024-01-31 or 2024-01-31T12:00:00 "
                        + "(the column was read as " + c.type().key() + ")");
            }
        }
        throw new InvalidDataException(what + ", column '" + name + "' holds no timestamps");
    }
}
