package dev.greenlight.metrics;

/** Percentiles of sorted values with numpy's default ('linear') method, reproduced to the last bit. */
public final class Percentiles {
    private Percentiles() {
    }

    /**
     * {@code numpy.percentile(values, 100 * fraction)}: linear interpolation at the virtual index
     * {@code (n - 1) * fraction}, with numpy's two-sided lerp (from the upper value when the weight is at least 0.5).
     *
     * @param sorted   ascending values, at least one
     * @param fraction in [0, 1]
     */
    public static double linear(double[] sorted, double fraction) {
        int n = sorted.length;
        double virtual = (n - 1) * fraction;
        if (virtual >= n - 1) {
            return sorted[n - 1];
        }
        if (virtual <= 0) {
            return sorted[0];
        }
        int below = (int) Math.floor(virtual);
        double t = virtual - below;
        double a = sorted[below];
        double b = sorted[below + 1];
        double diff = b - a;
        return t >= 0.5 ? b - diff * (1.0 - t) : a + diff * t;
    }
}
