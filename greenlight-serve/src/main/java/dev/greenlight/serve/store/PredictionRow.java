package dev.greenlight.serve.store;

/**
 * One prediction as stored.
 *
 * @param id         the event id the serving system gave it; writing the same id twice keeps the first
 * @param tsMs       when the prediction was made, milliseconds since the epoch (UTC)
 * @param prediction the predicted class or value as text; {@code null} when only a score was sent
 * @param score      the score (probability of the positive class); {@code null} when none was sent
 * @param features   the feature values in the order of the feature schema, each stored as its
 *                   {@link FeatureStorage} says ({@link Double}, {@link Long} or {@link String}); {@code null} for a
 *                   missing value
 */
public record PredictionRow(String id, long tsMs, String prediction, Double score, Object[] features) {
}
