package dev.greenlight.monitor;

import java.util.Locale;

/**
 * One figure outside what the reference allows.
 *
 * @param kind    what kind of figure
 * @param name    the metric or column (for multivariate: {@code domain_classifier} or {@code reconstruction_error})
 * @param period  the chunk's period
 * @param chunk   the chunk's index within it
 * @param value   the figure
 * @param lower   the lower threshold (NaN when there is none)
 * @param upper   the upper threshold (NaN when there is none)
 * @param message one sentence for people
 */
public record Alert(Kind kind, String name, Period period, int chunk, double value, double lower, double upper,
                    String message) {

    public enum Kind {
        REALIZED, ESTIMATED, DRIFT, MULTIVARIATE, QUALITY, CHANGE, LABELS;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public boolean isPerformance() {
            return this == REALIZED || this == ESTIMATED;
        }
    }
}
