package dev.greenlight.labels;

/**
 * The rows chosen for labelling, in the order chosen (most informative first for the uncertainty strategies).
 *
 * @param strategy the strategy that chose them
 * @param seed     the seed used (random, stratified, diversity)
 * @param rows     0-based indices of the chosen rows
 * @param priority per chosen row: the uncertainty, margin or entropy for those strategies, the distance to the
 *                 rows chosen before for diversity (infinite for the first), NaN for random and stratified
 */
public record Selection(SelectionStrategy strategy, long seed, int[] rows, double[] priority) {
}
