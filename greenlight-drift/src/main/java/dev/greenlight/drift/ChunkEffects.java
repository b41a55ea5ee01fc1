package dev.greenlight.drift;

import dev.greenlight.stats.SubsetWasserstein;
import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.Column;
import dev.greenlight.table.NumericColumn;

import java.util.Arrays;

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
        ChunkLayout layout = ChunkLayout.of(reference.size(), currentRows, count, seed);
        if (layout == null) {
            return null;
        }
        return reference instanceof NumericColumn n ? numeric(SubsetWasserstein.of(n.toArray()), layout)
                : categorical((CategoricalColumn) reference, layout);
    }

    /**
     * The effects of a numeric reference column whose values are sorted with their rows, in the chunks of a
     * layout drawn for its rows (the drift engine's: one layout per comparison, one sort per column).
     */
    static ChunkEffects numeric(SubsetWasserstein reference, ChunkLayout layout) {
        ExactNumeric whole = new ExactNumeric(reference.sample());
        long m = whole.size();
        double sd = whole.standardDeviation();
        double[][] effects = new double[2][];
        double present = 0;
        for (int l = 0; l < 2; l++) {
            SubsetWasserstein.Distances d = reference.distances(layout.chunkOfRow(l == 1), layout.count());
            double[] e = new double[layout.count()];
            for (int k = 0; k < e.length; k++) {
                int c = d.present()[k];
                if (c < MIN_CHUNK || c >= m) {
                    return null;
                }
                // against the rest: W(chunk, rest) = m/(m-c) W(chunk, reference)
                double w = d.distance()[k] * m / (m - c);
                e[k] = sd > 0 ? w / sd : (w == 0 ? 0 : Double.POSITIVE_INFINITY);
                present += l == 0 ? c : 0;
            }
            effects[l] = e;
        }
        return new ChunkEffects(effects[0], effects[1], present / layout.count(), m);
    }

    /** The effects of a categorical reference column in the chunks of a layout drawn for its rows. */
    static ChunkEffects categorical(CategoricalColumn column, ChunkLayout layout) {
        long[] total = column.counts();
        long m = Arrays.stream(total).sum();
        int count = layout.count();
        double[][] effects = new double[2][];
        double present = 0;
        for (int l = 0; l < 2; l++) {
            int[] chunkOf = layout.chunkOfRow(l == 1);
            long[][] chunk = new long[count][total.length];
            long[] c = new long[count];
            for (int i = 0; i < chunkOf.length; i++) {
                int k = chunkOf[i];
                int code = column.code(i);
                if (k >= 0 && code != CategoricalColumn.MISSING) {
                    chunk[k][code]++;
                    c[k]++;
                }
            }
            double[] e = new double[count];
            for (int k = 0; k < count; k++) {
                if (c[k] < MIN_CHUNK || c[k] >= m) {
                    return null;
                }
                double l1 = 0;
                for (int j = 0; j < total.length; j++) {
                    l1 += Math.abs((double) chunk[k][j] / c[k] - (double) (total[j] - chunk[k][j]) / (m - c[k]));
                }
                e[k] = l1 / 2;
                present += l == 0 ? c[k] : 0;
            }
            effects[l] = e;
        }
        return new ChunkEffects(effects[0], effects[1], present / count, m);
    }
}
