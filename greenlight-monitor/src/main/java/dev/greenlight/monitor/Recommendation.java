package dev.greenlight.monitor;

import java.util.List;

/**
 * The one recommendation of a monitoring run, with the evidence that led to it.
 *
 * @param action  none, investigate, retrain or rollback
 * @param reasons one sentence per piece of evidence, most important first
 */
public record Recommendation(Action action, List<String> reasons) {
    public Recommendation {
        reasons = List.copyOf(reasons);
    }
}
