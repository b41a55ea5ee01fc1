package dev.greenlight.drift;

import java.util.Locale;

/** What a column is to the model: its drift means different things (covariate, label or prediction drift). */
public enum ColumnRole {
    FEATURE, LABEL, PREDICTION;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
