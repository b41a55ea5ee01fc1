package dev.greenlight.io;

import dev.greenlight.metrics.Outcomes;
import dev.greenlight.outcomes.OutcomeReader;
import dev.greenlight.outcomes.OutcomeSpec;

/**
 * A model's outcomes read from the columns of one data file: kept for callers written against it, it delegates to
 * {@link OutcomeReader}, where the rules (and the policy for missing and non-finite values) are stated.
 */
public final class OutcomeTable {
    /** Tolerance on the sum of a row's class probabilities; see {@link OutcomeReader#PROBABILITY_SUM_TOLERANCE}. */
    public static final double PROBABILITY_SUM_TOLERANCE = OutcomeReader.PROBABILITY_SUM_TOLERANCE;

    private OutcomeTable() {
    }

    /**
     * The outcomes of the rows of {@code file} that have a target (rows without one are left out; use
     * {@link OutcomeReader#read} for the rows kept and the note that counts them).
     */
    public static Outcomes read(DataFile file, OutcomeColumns columns) {
        return OutcomeReader.read(file.table(), columns.toSpec(), file.fileName()).outcomes();
    }
}
