package dev.greenlight.io;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A column's values collected batch by batch, one primitive array per batch, and joined once at the end into an
 * array of exactly the column's length. A doubling buffer would hold up to twice the column while it grows and
 * copy it again to trim it, for every column of a file at once; this holds each value once while reading, and a
 * file that fits in one batch is never copied.
 *
 * @param <A> the primitive array type ({@code double[]}, {@code int[]})
 */
final class BatchChunks<A> {
    private final IntFunction<A> newArray;
    private final List<A> chunks = new ArrayList<>();
    private final List<Integer> lengths = new ArrayList<>();
    private int size;

    BatchChunks(IntFunction<A> newArray) {
        this.newArray = newArray;
    }

    /** A new array of {@code length} values, appended after the others; the caller fills it. */
    A append(int length) {
        A chunk = newArray.apply(length);
        chunks.add(chunk);
        lengths.add(length);
        size += length;
        return chunk;
    }

    /** Values appended so far. */
    int size() {
        return size;
    }

    /** All values in order, in one array of exactly {@link #size()}; the chunks are let go. */
    A join() {
        if (chunks.size() == 1) {
            A only = chunks.get(0);
            chunks.clear();
            return only;
        }
        A out = newArray.apply(size);
        int at = 0;
        for (int k = 0; k < chunks.size(); k++) {
            System.arraycopy(chunks.get(k), 0, out, at, lengths.get(k));
            at += lengths.get(k);
            chunks.set(k, null);
        }
        chunks.clear();
        lengths.clear();
        return out;
    }
}
