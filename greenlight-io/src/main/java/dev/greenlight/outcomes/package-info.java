/**
 * Outcomes: a model's output set beside the truth, row for row, ready for every metric. The one place where columns
 * (or a model's predictions) become {@link dev.greenlight.metrics.Outcomes}; the CLI's {@code metrics},
 * {@code slices} and {@code fairness} commands and the checklist all come through here.
 *
 * <p><b>Missing and non-finite values</b>, one policy (see {@link dev.greenlight.outcomes.MissingValuePolicy}):
 * NaN, +Inf and -Inf are treated alike, as "no value".
 * <ul>
 *   <li>A row whose target has no value has no truth: it is left out of every metric, and the rows left out are
 *       counted in a note that names the column. A dataset where no row has a target is an error.</li>
 *   <li>A row with a truth must have the model's output (predicted label, score, class probabilities or predicted
 *       value) and, when weights are used, a weight: a missing or non-finite one is an error naming the source,
 *       the column and the 1-based data row. Measuring a model on only the rows it managed to score would
 *       flatter it, so such rows are never dropped silently; an infinite prediction never reaches RMSE.</li>
 * </ul>
 */
package dev.greenlight.outcomes;
