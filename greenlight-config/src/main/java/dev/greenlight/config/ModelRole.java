package dev.greenlight.config;

import java.util.Locale;

/** What a configured model is for. */
public enum ModelRole {
    /** The model under review: its predictions are the ones every checklist item judges. */
    PRIMARY,
    /** Another model compared with the primary in the trade-off table. */
    CANDIDATE,
    /** Serves when the primary fails or does not answer in time. */
    FALLBACK;

    /** The lower-case name used in configuration files and reports. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a configuration name such as {@code primary}; returns {@code null} when unknown. */
    public static ModelRole fromKey(String key) {
        for (ModelRole r : values()) {
            if (r.key().equals(key)) {
                return r;
            }
        }
        return null;
    }
}
