package dev.greenlight.client;

import java.time.Instant;
import java.util.Objects;

/**
 * The true outcome of a prediction, sent whenever it becomes known (before or after the prediction).
 *
 * @param id        the prediction's event id
 * @param label     the true class or value
 * @param timestamp when it became known; null means when the server receives it
 */
public record Label(String id, Object label, Instant timestamp) {

    public Label {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
