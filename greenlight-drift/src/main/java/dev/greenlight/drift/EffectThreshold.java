package dev.greenlight.drift;

import dev.greenlight.stats.SampleMoments;
/**
 * The smallest effect that counts as drift for one column: beyond what the reference itself shows from chunk to
 * chunk, and at least the minimum effect the team set.
 *
 * <p>The rule ({@link #fromChunks}): the reference is cut into chunks of consecutive rows ({@link ChunkEffects});
 * each chunk's effect e against the rest of the reference is what the reference shows as normal at the chunk's
 * size c. The chunks are usually smaller than the current data (n values), and the sampling noise in an effect
 * shrinks with size: both effects used (the normalised Wasserstein distance and the total variation distance)
 * scale as {@code sqrt(1/a + 1/b)} between samples of sizes a and b under exchangeability, so at the current size
 * the noise is {@code s = sqrt((1/n + 1/m) / (1/c + 1/(m - c)))} times the chunk's (m reference values). Real
 * variation does not shrink. So each chunk effect is carried over to the current size as
 * {@code sqrt(max(0, e^2 - (1 - s^2) v))}, v the mean squared effect of equally many chunks drawn at random (noise
 * alone), and the threshold is the mean of those plus {@link #SPREADS} standard deviation. On exchangeable data
 * this is about s times the chunks' typical effect; when the reference varies from chunk to chunk more than
 * sampling explains (seasons, batches), the threshold rises with it, and a change no larger than that is not called
 * drift however small its p-value.
 *
 * <p>Why one standard deviation and not NannyML's three: here the p-value already guards against chance, and the
 * effect condition only has to reject what the reference shows as normal. Simulated on unchanged data (8 columns,
 * 1,000 pairs, BH at 5%), the share of datasets with an alarm was 5.3% with the p-value alone, 5.3% with one
 * standard deviation and 3.6% with three: a stricter multiple makes the combined rule fire below the level the
 * user configured.
 *
 * @param value      the effect the current data must exceed (strictly)
 * @param source     where it came from: {@code reference chunks}, {@code minimum effect}, or why no chunks were used
 * @param chunks     reference chunks used (0 when none)
 * @param chunkSize  present values per chunk, on average (0 when none)
 * @param chunkMean  mean effect of a chunk against the rest of the reference, carried over to the current size
 *                   (NaN when none)
 * @param chunkSd    standard deviation of those effects (NaN when none)
 * @param scale      the rescaling factor s to the current data's size (NaN when none)
 */
public record EffectThreshold(double value, String source, int chunks, double chunkSize, double chunkMean,
                              double chunkSd, double scale) {
    /** Standard deviations of the chunk effects above their mean. */
    public static final double SPREADS = 0;

    /** The source when the chunks set the threshold. */
    public static final String FROM_CHUNKS = "reference chunks";
    /** The source when the team's minimum effect is the larger (or the only) bar. */
    public static final String FROM_MINIMUM = "minimum effect";

    /** The threshold from a reference's chunk effects ({@link ChunkEffects}). */
    public static EffectThreshold fromChunks(ChunkEffects chunks, double currentSize, double minimumEffect) {
        return fromChunks(chunks.effects(), chunks.shuffledEffects(), chunks.meanChunkSize(),
                chunks.referenceSize(), currentSize, minimumEffect);
    }

    /**
     * The threshold from chunk effects.
     *
     * @param chunkEffects    effect of each chunk of consecutive reference rows against the rest of the reference
     * @param shuffledEffects effect of each chunk of randomly drawn reference rows, the same size: noise alone
     * @param chunkSize       present values per chunk (mean over the chunks)
     * @param referenceSize   present values in the reference
     * @param currentSize     present values in the current data
     * @param minimumEffect   the smallest effect that matters to the team (0 = any)
     * @throws IllegalArgumentException if there are fewer than 2 chunk effects of either kind, a size is not
     *                                  positive, the chunks are not smaller than the reference, or the minimum
     *                                  effect is negative or NaN
     */
    public static EffectThreshold fromChunks(double[] chunkEffects, double[] shuffledEffects, double chunkSize,
                                             double referenceSize, double currentSize, double minimumEffect) {
        requireMinimum(minimumEffect);
        if (chunkEffects.length < 2 || shuffledEffects.length < 2) {
            throw new IllegalArgumentException("need at least 2 chunk effects of each kind, got "
                    + chunkEffects.length + " and " + shuffledEffects.length);
        }
        if (!(chunkSize > 0 && currentSize > 0 && referenceSize > chunkSize)) {
            throw new IllegalArgumentException("need 0 < chunk size < reference size and a positive current size, "
                    + "got chunk " + chunkSize + ", reference " + referenceSize + ", current " + currentSize);
        }
        double scale = Math.sqrt((1 / currentSize + 1 / referenceSize)
                / (1 / chunkSize + 1 / (referenceSize - chunkSize)));
        double noise = 0;
        for (double e : shuffledEffects) {
            noise += e * e;
        }
        noise /= shuffledEffects.length;
        // a chunk's squared effect is about its real difference squared plus the noise at its size; at the current
        // data's size the noise part is scale^2 times smaller, the real part the same
        double shrink = (1 - Math.min(1, scale * scale)) * noise;
        double[] atCurrentSize = new double[chunkEffects.length];
        for (int k = 0; k < chunkEffects.length; k++) {
            double e = chunkEffects[k];
            atCurrentSize[k] = Double.isInfinite(e) ? e : Math.sqrt(Math.max(0, e * e - shrink));
        }
        double mean = SampleMoments.mean(atCurrentSize);
        double sd = SampleMoments.standardDeviation(atCurrentSize);
        double learnt = mean + SPREADS * sd;
        boolean minimumWins = !(learnt > minimumEffect);
        return new EffectThreshold(minimumWins ? minimumEffect : learnt, minimumWins ? FROM_MINIMUM : FROM_CHUNKS,
                chunkEffects.length, chunkSize, mean, sd, scale);
    }

    /**
     * Only the team's minimum effect, when the reference cannot be cut into chunks.
     *
     * @param why the reason, kept in the source ({@code "minimum effect (the reference is a profile)"})
     */
    public static EffectThreshold minimumOnly(double minimumEffect, String why) {
        requireMinimum(minimumEffect);
        return new EffectThreshold(minimumEffect, FROM_MINIMUM + " (" + why + ")", 0, 0, Double.NaN, Double.NaN,
                Double.NaN);
    }

    /** Whether an effect is beyond this threshold; NaN never is. */
    public boolean exceededBy(double effect) {
        return effect > value;
    }

    private static void requireMinimum(double minimumEffect) {
        if (!(minimumEffect >= 0)) {
            throw new IllegalArgumentException("the minimum effect must be 0 or more, got " + minimumEffect);
        }
    }
}
