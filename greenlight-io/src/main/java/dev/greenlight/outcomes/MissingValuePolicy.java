package dev.greenlight.outcomes;

/**
 * The one rule for values that are not there (see the package documentation): NaN, +Inf and -Inf are all "no
 * value"; a row without a target is left out and counted, a row with a target but without the model's output or
 * weight is an error.
 */
final class MissingValuePolicy {
    private MissingValuePolicy() {
    }

    /** Whether a number counts as a value: finite. NaN and both infinities do not. */
    static boolean isValue(double v) {
        return Double.isFinite(v);
    }

    /** The note for rows left out because their target has no value. */
    static String droppedTargetsNote(String source, long dropped, long rows, String target) {
        return source + ": " + dropped + " of " + rows + " rows have no value in the target column '" + target
                + "' and are left out of the metrics";
    }
}
