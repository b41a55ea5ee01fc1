package dev.greenlight.checklist;

import java.util.Objects;

/**
 * What a check answers.
 *
 * @param id       stable identifier, used in configuration (waivers), reports and JUnit test names
 * @param order    position in reports; the nine checklist items use 1 to 9
 * @param title    a short title
 * @param question the checklist's question in plain words
 */
public record CheckInfo(String id, int order, String title, String question) {
    public CheckInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(question, "question");
    }
}
