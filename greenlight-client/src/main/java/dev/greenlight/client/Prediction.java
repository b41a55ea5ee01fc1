package dev.greenlight.client;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One prediction as a serving app records it.
 *
 * @param id         the event id, unique per prediction; resending it is harmless (the server keeps the first)
 * @param timestamp  when the prediction was made
 * @param features   the model's inputs by name (numbers, strings, booleans or null)
 * @param prediction the predicted class or value; may be null when a score is given
 * @param score      the score (probability of the positive class); may be null
 */
public record Prediction(String id, Instant timestamp, Map<String, Object> features, Object prediction,
                         Double score) {

    public Prediction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(timestamp, "timestamp");
        features = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(features, "features")));
    }
}
