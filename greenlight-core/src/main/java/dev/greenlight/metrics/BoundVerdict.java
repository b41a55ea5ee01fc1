package dev.greenlight.metrics;

import dev.greenlight.error.InvalidDataException;

/**
 * Whether a metric meets a bound (a goal or a hard limit: {@code >= min}, {@code <= max}, or both), judged on its
 * interval rather than its point estimate: MET only when the whole interval lies inside the bound, MISSED only when
 * it lies wholly outside, otherwise NOT_YET_KNOWN, with the rows that would shrink the interval enough to tell
 * ({@link SampleSize#forMargin}: the half-width down to the distance between the estimate and the bound). On a
 * 12-row test set an accuracy of 0.92 against a goal of 0.9 is not yet known (Wilson interval 0.65 to 0.99), where
 * the point estimate alone would call it met.
 *
 * @param outcome    met, missed or not yet known
 * @param rowsNeeded for NOT_YET_KNOWN, about how many rows would tell (NaN when the estimate sits on the bound, or
 *                   the interval has no width); NaN otherwise
 */
public record BoundVerdict(Outcome outcome, double rowsNeeded) {

    /** What the interval says about the bound. */
    public enum Outcome { MET, MISSED, NOT_YET_KNOWN }

    /**
     * The verdict of an interval against {@code [min, max]} (either may be null).
     *
     * @throws InvalidDataException if the interval is undefined or both bounds are null
     */
    public static BoundVerdict of(ConfidenceInterval ci, Double min, Double max) {
        if (!ci.isDefined()) {
            throw new InvalidDataException("the interval of " + ci.metric() + " is undefined");
        }
        if (min == null && max == null) {
            throw new InvalidDataException("a bound needs a minimum or a maximum");
        }
        boolean inside = (min == null || ci.low() >= min) && (max == null || ci.high() <= max);
        if (inside) {
            return new BoundVerdict(Outcome.MET, Double.NaN);
        }
        boolean outside = (min != null && ci.high() < min) || (max != null && ci.low() > max);
        if (outside) {
            return new BoundVerdict(Outcome.MISSED, Double.NaN);
        }
        double gap = Double.POSITIVE_INFINITY;
        if (min != null) {
            gap = Math.min(gap, Math.abs(ci.value() - min));
        }
        if (max != null) {
            gap = Math.min(gap, Math.abs(ci.value() - max));
        }
        return new BoundVerdict(Outcome.NOT_YET_KNOWN, gap > 0 ? SampleSize.forMargin(ci, gap) : Double.NaN);
    }

    /** The verdict of a point value with no interval (a system measure): met or missed. */
    public static BoundVerdict ofPoint(double value, Double min, Double max) {
        return new BoundVerdict((min == null || value >= min) && (max == null || value <= max) ? Outcome.MET
                : Outcome.MISSED, Double.NaN);
    }
}
