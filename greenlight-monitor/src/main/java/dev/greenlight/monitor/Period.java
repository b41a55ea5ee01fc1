package dev.greenlight.monitor;

import java.util.Locale;

/** The two periods of monitoring: the reference, where the model is known to perform, and the analysis. */
public enum Period {
    REFERENCE, ANALYSIS;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
