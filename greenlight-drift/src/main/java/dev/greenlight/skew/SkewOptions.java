package dev.greenlight.skew;

import java.util.List;
import java.util.Objects;

/**
 * What to compare.
 *
 * @param id        the column that identifies a record in both files
 * @param columns   the features to compare; empty = every column both files have, except the id
 * @param tolerance two numbers differ when {@code |t - s| > tolerance * max(1, |t|)}: an absolute tolerance for
 *                  values up to 1 and a relative one beyond, so float round-off through a second pipeline is not
 *                  skew; 1e-6 by default (single-precision floats agree to about 1e-7)
 */
public record SkewOptions(String id, List<String> columns, double tolerance) {
    public static final double DEFAULT_TOLERANCE = 1e-6;

    public SkewOptions {
        Objects.requireNonNull(id, "id");
        columns = columns == null ? List.of() : List.copyOf(columns);
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be a finite number at least 0, got " + tolerance);
        }
    }

    public static SkewOptions of(String id) {
        return new SkewOptions(id, List.of(), DEFAULT_TOLERANCE);
    }

    /** Whether two present numbers differ beyond the tolerance. */
    public boolean differ(double training, double serving) {
        return Math.abs(training - serving) > tolerance * Math.max(1.0, Math.abs(training));
    }
}
