package dev.greenlight.drift;

import dev.greenlight.stats.RadixSort;
import dev.greenlight.stats.SortedSample;
import dev.greenlight.stats.Wasserstein;
import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.Column;
import dev.greenlight.table.NumericColumn;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The effect each chunk of the reference shows against the rest of the reference: what an unchanged sample of
 * the chunk's size differs by, at this data's noise and with whatever variation the reference has over its rows.
 *
 * <p>Chunks are runs of consecutive rows (the reference's order is usually time order), {@code count} of them,
 * evenly spaced; each is as large as the current data when the reference holds that many such chunks, else a
 * {@code 1/count} share of the reference. The effect is the one {@link TestOutcome#effectSize()} of a hypothesis test gives for the current data: the
 * Wasserstein distance over the whole reference's standard deviation for numbers, the total variation distance
 * between category shares for categories. Against the rest: for numbers {@code W(chunk, rest) = m/(m-c)
 * W(chunk, reference)}, since the rest's ECDF is {@code (m F_ref - c F_chunk)/(m - c)}.
 *
 * <p>Beside them, as many chunks of the same size drawn at random from the whole reference (a seeded shuffle of
 * its rows): their effects are sampling noise alone, whatever order the reference has, which lets
 * {@link EffectThreshold} carry the consecutive chunks' effects over to the current data's size without shrinking
 * real variation along with the noise.
 *
 * @param effects         one effect per chunk of consecutive rows
 * @param shuffledEffects one effect per chunk of randomly drawn rows
 * @param meanChunkSize   present values per chunk, on average
 * @param referenceSize   present values in the reference
 */
public record ChunkEffects(double[] effects, double[] shuffledEffects, double meanChunkSize, long referenceSize) {
    /** Fewest present values a chunk may have. */
    static final int MIN_CHUNK = 10;

    public ChunkEffects {
        effects = effects.clone();
        shuffledEffects = shuffledEffects.clone();
    }

    @Override
    public double[] shuffledEffects() {
        return shuffledEffects.clone();
    }

    @Override
    public double[] effects() {
        return effects.clone();
    }

    /**
     * The chunk effects of one reference column, or null when the reference is too small for {@code count} chunks
     * of at least {@link #MIN_CHUNK} present values.
     *
     * @param reference   the raw reference column (numeric or categorical, as compared)
     * @param currentRows rows in the current data: the largest chunk size used
     * @param count       number of chunks, at least 2
     * @param seed        seed of the shuffle behind the random chunks
     */
    public static ChunkEffects of(Column reference, long currentRows, int count, long seed) {
        return of(reference, reference instanceof NumericColumn n ? new ExactNumeric(n.toArray()) : null, currentRows,
                count, seed);
    }

    /** The same, with the numeric reference's present values already sorted (the drift engine's). */
    static ChunkEffects of(Column reference, NumericSample whole, long currentRows, int count, long seed) {
        if (count < 2) {
            throw new IllegalArgumentException("need at least 2 chunks, got " + count);
        }
        int rows = reference.size();
        int size = (int) Math.min(currentRows, rows / count);
        if (size < MIN_CHUNK) {
            return null;
        }
        int[][] layouts = {consecutive(rows, size, count), shuffled(rows, size, count, seed)};
        double[][] effects = new double[2][];
        double present = 0;
        for (int l = 0; l < 2; l++) {
            double[] e = new double[count];
            for (int k = 0; k < count; k++) {
                int[] chunk = Arrays.copyOfRange(layouts[l], k * size, (k + 1) * size);
                double[] effectAndSize = reference instanceof NumericColumn n ? numeric(n, whole, chunk)
                        : categorical((CategoricalColumn) reference, chunk);
                if (effectAndSize == null) {
                    return null;
                }
                e[k] = effectAndSize[0];
                present += l == 0 ? effectAndSize[1] : 0;
            }
            effects[l] = e;
        }
        long m = reference instanceof NumericColumn ? whole.size()
                : Arrays.stream(((CategoricalColumn) reference).counts()).sum();
        return new ChunkEffects(effects[0], effects[1], present / count, m);
    }

    /** Row indices of {@code count} evenly spaced runs of {@code size} consecutive rows, run after run. */
    private static int[] consecutive(int rows, int size, int count) {
        int[] out = new int[size * count];
        for (int k = 0; k < count; k++) {
            int from = (int) ((long) rows * k / count);
            for (int i = 0; i < size; i++) {
                out[k * size + i] = from + i;
            }
        }
        return out;
    }

    /** The first {@code size * count} rows of a seeded Fisher-Yates shuffle, cut into {@code count} chunks. */
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
        return Arrays.copyOf(all, wanted);
    }

    /** {effect of the chunk against the rest, present values in the chunk}, or null when too few are present. */
    private static double[] numeric(NumericColumn column, NumericSample whole, int[] rows) {
        long m = whole.size();
        double[] part = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            part[i] = column.get(rows[i]);
        }
        SortedSample chunk = SortedSample.of(RadixSort.sortedWithoutNaN(part));
        int c = chunk.size();
        if (c < MIN_CHUNK || c >= m) {
            return null;
        }
        double sd = whole.standardDeviation();
        double w = Wasserstein.distance(chunk, whole.sorted()).distance() * m / (m - c);
        return new double[] {sd > 0 ? w / sd : (w == 0 ? 0 : Double.POSITIVE_INFINITY), c};
    }

    private static double[] categorical(CategoricalColumn column, int[] rows) {
        long[] total = column.counts();
        long m = Arrays.stream(total).sum();
        long[] chunk = new long[total.length];
        long c = 0;
        for (int i : rows) {
            int code = column.code(i);
            if (code != CategoricalColumn.MISSING) {
                chunk[code]++;
                c++;
            }
        }
        if (c < MIN_CHUNK || c >= m) {
            return null;
        }
        double l1 = 0;
        for (int j = 0; j < total.length; j++) {
            l1 += Math.abs((double) chunk[j] / c - (double) (total[j] - chunk[j]) / (m - c));
        }
        return new double[] {l1 / 2, c};
    }
}
