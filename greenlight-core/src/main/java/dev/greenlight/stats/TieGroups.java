package dev.greenlight.stats;

/**
 * Walks the distinct values of two sorted samples in ascending order, one group of tied values at a time,
 * telling how many values of each sample the group holds and how many lie at or below it. This is the merge
 * step shared by the ECDF- and rank-based tests; it allocates nothing per group. {@code -0.0} and {@code 0.0}
 * fall in one group.
 */
final class TieGroups {
    private final double[] x;
    private final double[] y;
    private int xUpTo;
    private int yUpTo;
    private double value = Double.NaN;
    private int inX;
    private int inY;

    TieGroups(double[] sortedX, double[] sortedY) {
        this.x = sortedX;
        this.y = sortedY;
    }

    /** Advances to the next distinct value; false when both samples are exhausted. */
    boolean next() {
        if (xUpTo >= x.length && yUpTo >= y.length) {
            return false;
        }
        double v = xUpTo < x.length && (yUpTo >= y.length || x[xUpTo] <= y[yUpTo]) ? x[xUpTo] : y[yUpTo];
        int x0 = xUpTo;
        int y0 = yUpTo;
        while (xUpTo < x.length && x[xUpTo] <= v) {
            xUpTo++;
        }
        while (yUpTo < y.length && y[yUpTo] <= v) {
            yUpTo++;
        }
        value = v;
        inX = xUpTo - x0;
        inY = yUpTo - y0;
        return true;
    }

    /** The group's value. */
    double value() {
        return value;
    }

    /** Values of x equal to the group's value. */
    int inX() {
        return inX;
    }

    /** Values of y equal to the group's value. */
    int inY() {
        return inY;
    }

    /** Values of x at or below the group's value. */
    int xAtOrBelow() {
        return xUpTo;
    }

    /** Values of y at or below the group's value. */
    int yAtOrBelow() {
        return yUpTo;
    }

    /** Pooled values strictly below the group's value. */
    long pooledBelow() {
        return (long) xUpTo - inX + yUpTo - inY;
    }

    /** Pooled average rank (1-based) of the group's values: ties share the mean of their ranks. */
    double midrank() {
        return pooledBelow() + (inX + inY + 1) / 2.0;
    }
}
