package dev.greenlight.serve.analysis;

import dev.greenlight.error.GreenlightException;
import dev.greenlight.time.Window;

import java.util.Locale;

/** The windows the service reports over: an hour or a day (UTC), each one chunk of the monitor engine. */
public enum WindowSize {
    HOUR(new Window(1, Window.Unit.HOUR), 3_600_000L),
    DAY(new Window(1, Window.Unit.DAY), 86_400_000L);

    private final Window window;
    private final long millis;

    WindowSize(Window window, long millis) {
        this.window = window;
        this.millis = millis;
    }

    public Window window() {
        return window;
    }

    public long millis() {
        return millis;
    }

    /** The start of the window holding an instant (windows are whole hours or days of UTC). */
    public long startOf(long epochMs) {
        return Math.floorDiv(epochMs, millis) * millis;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code hour} or {@code day}; anything else is refused with the two that work. */
    public static WindowSize fromKey(String key) {
        for (WindowSize w : values()) {
            if (w.key().equals(key)) {
                return w;
            }
        }
        throw new GreenlightException("window '" + key + "': expected hour or day");
    }
}
