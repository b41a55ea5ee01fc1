package dev.greenlight.metrics;

import java.util.Locale;

/** What the model predicts; decides which metrics, baselines and checks apply. */
public enum Task {
    BINARY,
    MULTICLASS,
    REGRESSION,
    /** Regression over time: the rows are ordered by a timestamp and baselines may use past values. */
    FORECAST;

    public boolean isClassification() {
        return this == BINARY || this == MULTICLASS;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code binary}, {@code multiclass}, ...; {@code null} when unknown. */
    public static Task fromKey(String key) {
        for (Task t : values()) {
            if (t.key().equals(key)) {
                return t;
            }
        }
        return null;
    }
}
