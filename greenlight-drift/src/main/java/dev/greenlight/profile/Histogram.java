package dev.greenlight.profile;

/**
 * Counts of a numeric column over equal-width bins from its minimum to its maximum: bin i is
 * {@code [edges[i], edges[i+1])}, the last bin also holds the maximum. From a profile the counts are the KLL
 * sketch's estimates (each share within {@link Sketches#KLL_RANK_ERROR} of the true share, times two for a bin).
 *
 * @param edges  {@code bins + 1} increasing edges
 * @param counts estimated values per bin (they sum to the present values)
 */
public record Histogram(double[] edges, double[] counts) {
    public Histogram {
        edges = edges.clone();
        counts = counts.clone();
    }

    @Override
    public double[] edges() {
        return edges.clone();
    }

    @Override
    public double[] counts() {
        return counts.clone();
    }
}
