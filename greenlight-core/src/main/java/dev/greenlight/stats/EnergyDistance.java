package dev.greenlight.stats;

/**
 * Energy distance between two one-dimensional samples, as scipy's {@code stats.energy_distance(u, v)}:
 * {@code D = sqrt(2 E|X - Y| - E|X - X'| - E|Y - Y'|)}, which in one dimension equals
 * {@code sqrt(2) * sqrt(integral (F_u(t) - F_v(t))^2 dt)} (Székely and Rizzo 2013, "Energy statistics: a class of
 * statistics based on distances", J. Stat. Planning and Inference 143(8); Rizzo and Székely 2016, eq. 2). It is in
 * the units of the data and 0 only when the two distributions agree.
 *
 * <p>Cost: one merge of the two sorted samples.
 */
public final class EnergyDistance {
    private EnergyDistance() {
    }

    /**
     * The distance between samples sorted beforehand.
     *
     * @throws dev.greenlight.error.InvalidDataException if a sample is null or empty
     */
    public static double distance(SortedSample u, SortedSample v) {
        Samples.requireNonNull(u, "sample u");
        Samples.requireNonNull(v, "sample v");
        double[] a = u.requireNonEmpty("u");
        double[] b = v.requireNonEmpty("v");
        CompensatedSum area = new CompensatedSum();
        int i = 0;
        int j = 0;
        double previous = Math.min(a[0], b[0]);
        while (i < a.length || j < b.length) {
            double next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
            double gap = (double) i / a.length - (double) j / b.length;
            area.add(gap * gap * (next - previous));
            previous = next;
            while (i < a.length && a[i] == next) {
                i++;
            }
            while (j < b.length && b[j] == next) {
                j++;
            }
        }
        return Math.sqrt(2) * Math.sqrt(area.value());
    }

    /** The distance between unsorted samples; NaN values are dropped. */
    public static double distance(double[] u, double[] v) {
        return distance(SortedSample.of(Samples.sortedNonEmpty(u, "u")), SortedSample.of(Samples.sortedNonEmpty(v,
                "v")));
    }
}
