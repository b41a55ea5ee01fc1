package dev.greenlight.split;

import dev.greenlight.error.InvalidDataException;
import java.util.Objects;

/**
 * What split to make.
 *
 * @param method    how rows are assigned
 * @param testShare the share of rows for the test set, in (0, 1)
 * @param seed      seed of the row keys (random, stratified and group splits)
 * @param target    the class column: stratifies a stratified split, and gives every manifest its class balance;
 *                  null when there is none
 * @param group     the group column of a group split, else null
 * @param time      the time column (numbers or datetimes) of a time split, else null
 */
public record SplitRequest(SplitMethod method, double testShare, long seed, String target, String group,
                           String time) {
    public static final double DEFAULT_TEST_SHARE = 0.25;
    public static final long DEFAULT_SEED = 42;

    /**
     * @throws InvalidDataException when the share is outside (0, 1) or the method's column is not given
     */
    public SplitRequest {
        Objects.requireNonNull(method, "method");
        if (!(testShare > 0 && testShare < 1)) {
            throw new InvalidDataException("the test share must be between 0 and 1 (exclusive), got " + testShare);
        }
        if (method == SplitMethod.STRATIFIED && target == null) {
            throw new InvalidDataException("a stratified split needs the class column (--target)");
        }
        if (method == SplitMethod.GROUP && group == null) {
            throw new InvalidDataException("a group split needs the group column (--group)");
        }
        if (method == SplitMethod.TIME && time == null) {
            throw new InvalidDataException("a time split needs the time column (--time)");
        }
    }

    /** The column the method splits by (target, group or time), or null for a random split. */
    public String column() {
        return switch (method) {
            case RANDOM -> null;
            case STRATIFIED -> target;
            case GROUP -> group;
            case TIME -> time;
        };
    }
}
