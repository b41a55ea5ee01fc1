package dev.greenlight.monitor;

import dev.greenlight.error.InvalidConfigException;
import dev.greenlight.time.Window;

/**
 * How rows are cut into chunks, NannyML's three chunkers: consecutive rows of a fixed size, a fixed number of
 * chunks of (nearly) equal size, or calendar periods of a timestamp column ({@link Window}).
 *
 * @param kind   which of the three
 * @param size   rows per chunk, for {@link Kind#SIZE}
 * @param count  number of chunks, for {@link Kind#COUNT}
 * @param period the calendar period, for {@link Kind#PERIOD}
 */
public record Chunking(Kind kind, int size, int count, Window period) {
    /** NannyML's default chunker cuts each period into 10 chunks. */
    public static final int DEFAULT_COUNT = 10;

    public enum Kind { SIZE, COUNT, PERIOD }

    public Chunking {
        if (kind == null) {
            throw new InvalidConfigException("a chunking needs a kind: size, count or period");
        }
        switch (kind) {
            case SIZE -> {
                if (size < 1) {
                    throw new InvalidConfigException("the chunk size must be at least 1 row, got " + size);
                }
            }
            case COUNT -> {
                if (count < 1) {
                    throw new InvalidConfigException("the chunk count must be at least 1, got " + count);
                }
            }
            case PERIOD -> {
                if (period == null) {
                    throw new InvalidConfigException("a chunk period needs a window, e.g. 1w or 1m");
                }
            }
        }
    }

    public static Chunking bySize(int rows) {
        return new Chunking(Kind.SIZE, rows, 0, null);
    }

    public static Chunking byCount(int chunks) {
        return new Chunking(Kind.COUNT, 0, chunks, null);
    }

    public static Chunking byPeriod(Window window) {
        return new Chunking(Kind.PERIOD, 0, 0, window);
    }

    /** Ten chunks per period. */
    public static Chunking defaults() {
        return byCount(DEFAULT_COUNT);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case SIZE -> size + " rows per chunk";
            case COUNT -> count + " chunks per period";
            case PERIOD -> "one chunk per " + period.noun();
        };
    }
}
