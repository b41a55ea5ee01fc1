package dev.greenlight.monitor;

import java.util.Locale;

/** What the monitoring recommends, from least to most drastic. */
public enum Action {
    /** Nothing alerted. */
    NONE,
    /** Something alerted that does not (yet) show the model performing worse: look at it. */
    INVESTIGATE,
    /** Performance stayed below its reference band or goal for several chunks: retrain on recent data. */
    RETRAIN,
    /** Performance was below its band or goal from the first analysis chunk on: go back to the previous model. */
    ROLLBACK;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
