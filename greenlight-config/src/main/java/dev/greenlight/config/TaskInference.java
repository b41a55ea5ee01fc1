package dev.greenlight.config;

import dev.greenlight.metrics.Task;
import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.Column;
import dev.greenlight.table.NumericColumn;

import java.util.Arrays;

/**
 * Guesses the task from the target column, as {@code greenlight init} does: text or boolean labels are
 * classification; whole numbers with at most {@link #MAX_CLASSES} distinct values too; other numbers regression.
 */
public final class TaskInference {
    /** Whole-number targets with more distinct values than this are taken as regression. */
    static final int MAX_CLASSES = 20;

    private TaskInference() {
    }

    /** The inferred task and, in words, why. */
    public record Guess(Task task, String reason) {
    }

    public static Guess infer(Column target) {
        if (target instanceof CategoricalColumn c) {
            long distinct = Arrays.stream(c.counts()).filter(n -> n > 0).count();
            return distinct <= 2 ? new Guess(Task.BINARY, "target '" + c.name() + "' has 2 distinct values")
                    : new Guess(Task.MULTICLASS, "target '" + c.name() + "' has " + distinct + " distinct labels");
        }
        NumericColumn n = (NumericColumn) target;
        double[] v = n.presentValues();
        boolean whole = Arrays.stream(v).allMatch(x -> x == Math.rint(x));
        long distinct = Arrays.stream(v).distinct().count();
        if (whole && distinct <= 2) {
            return new Guess(Task.BINARY, "target '" + n.name() + "' has 2 distinct values");
        }
        if (whole && distinct <= MAX_CLASSES) {
            return new Guess(Task.MULTICLASS, "target '" + n.name() + "' has " + distinct + " whole-number values");
        }
        return new Guess(Task.REGRESSION, "target '" + n.name() + "' holds " + (whole ? distinct + " distinct "
                + "whole numbers" : "fractional numbers"));
    }
}
