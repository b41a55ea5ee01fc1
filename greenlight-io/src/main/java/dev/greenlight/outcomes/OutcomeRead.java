package dev.greenlight.outcomes;

import dev.greenlight.metrics.Outcomes;

import java.util.List;

/**
 * The outcomes of one table.
 *
 * @param truth    the rows with a target, and their truth
 * @param outcomes truth and model output of those rows
 * @param notes    what the policy left out (rows without a target, counted per column)
 */
public record OutcomeRead(Truth truth, Outcomes outcomes, List<String> notes) {
    public OutcomeRead {
        notes = List.copyOf(notes);
    }

    /** For each outcome, its row in the table. */
    public int[] rows() {
        return truth.rows();
    }
}
