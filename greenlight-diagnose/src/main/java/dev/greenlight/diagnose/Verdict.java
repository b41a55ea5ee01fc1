package dev.greenlight.diagnose;

import java.util.Locale;

/**
 * What the test of one cause found. {@link #RULED_OUT} is given only when the test could have seen the cause (its
 * smallest detectable effect is stated beside it); {@link #NOT_TESTED} when the data for the test is missing.
 */
public enum Verdict {
    LIKELY,
    POSSIBLE,
    RULED_OUT,
    NOT_TESTED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
