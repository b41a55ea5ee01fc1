package dev.greenlight.profile;

import dev.greenlight.table.ColumnType;

/**
 * The mergeable summary of one column: exact counts, and sketches where exact answers would cost memory in
 * proportion to the data. Like the DataSketches types it is built on, a profile is updated in place and merged
 * with the profile of another part of the same column.
 */
public sealed interface ColumnProfile permits NumericProfile, CategoricalProfile {

    String name();

    ColumnType type();

    /** Rows seen, missing ones included (exact). */
    long count();

    /** Missing values seen (exact). */
    long missing();

    /** Present values: {@code count() - missing()}. */
    default long present() {
        return count() - missing();
    }

    /** Distinct present values, estimated by an HLL sketch (relative standard error {@link Sketches#HLL_RSE}). */
    double distinctEstimate();

    /** Folds another profile of the same column (name and type) into this one. */
    void merge(ColumnProfile other);
}
