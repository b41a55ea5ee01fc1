package dev.greenlight.drift;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Which reference rows each chunk of {@link ChunkEffects} holds: {@code count} evenly spaced runs of consecutive
 * rows, and {@code count} chunks of rows drawn at random (the first {@code size * count} rows of a seeded
 * Fisher-Yates shuffle), all of one size. The same for every column of a reference, so it is drawn once per
 * comparison; each layout is kept as the chunk of every row, which lets a column's chunks be measured in one pass
 * over its rows.
 */
final class ChunkLayout {
    private final int rows;
    private final int size;
    private final int count;
    private final int[] consecutive;
    private final int[] shuffled;

    private ChunkLayout(int rows, int size, int count, int[] consecutive, int[] shuffled) {
        this.rows = rows;
        this.size = size;
        this.count = count;
        this.consecutive = consecutive;
        this.shuffled = shuffled;
    }

    /**
     * The layout for a reference of {@code rows} rows, or null when its chunks would hold fewer than
     * {@link ChunkEffects#MIN_CHUNK} rows.
     *
     * @param currentRows rows in the current data: the largest chunk size used
     * @param count       number of chunks of each kind, at least 2
     * @param seed        seed of the shuffle behind the random chunks
     */
    static ChunkLayout of(int rows, long currentRows, int count, long seed) {
        if (count < 2) {
            throw new IllegalArgumentException("need at least 2 chunks, got " + count);
        }
        int size = (int) Math.min(currentRows, rows / count);
        if (size < ChunkEffects.MIN_CHUNK) {
            return null;
        }
        int[] consecutive = new int[rows];
        Arrays.fill(consecutive, -1);
        for (int k = 0; k < count; k++) {
            int from = (int) ((long) rows * k / count);
            Arrays.fill(consecutive, from, from + size, k);
        }
        return new ChunkLayout(rows, size, count, consecutive, shuffled(rows, size, count, seed));
    }

    /** The chunk of each row among the first {@code size * count} rows of a seeded shuffle; -1 for the rest. */
    private static int[] shuffled(int rows, int size, int count, long seed) {
        int[] all = new int[rows];
        for (int i = 0; i < rows; i++) {
            all[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        int wanted = size * count;
        for (int i = 0; i < wanted; i++) {
            int j = i + random.nextInt(rows - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        int[] chunkOf = new int[rows];
        Arrays.fill(chunkOf, -1);
        for (int i = 0; i < wanted; i++) {
            chunkOf[all[i]] = i / size;
        }
        return chunkOf;
    }

    int rows() {
        return rows;
    }

    /** Rows per chunk. */
    int size() {
        return size;
    }

    /** Chunks of each kind. */
    int count() {
        return count;
    }

    /** The chunk of each row (0 to count - 1), or -1: runs of consecutive rows when false, random draws when true. */
    int[] chunkOfRow(boolean random) {
        return random ? shuffled : consecutive;
    }
}
