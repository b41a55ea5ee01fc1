package dev.greenlight.config;

import java.util.Map;

/**
 * Thresholds of the checks as the configuration gives them ({@code checks:} section), by check and key. Each check
 * states its own defaults; thresholds are data, never buried in the computation.
 */
public record CheckSettings(Map<String, Map<String, Object>> values) {

    public CheckSettings {
        values = Map.copyOf(values);
    }

    public static CheckSettings none() {
        return new CheckSettings(Map.of());
    }

    public double number(String check, String key, double defaultValue) {
        Object v = values.getOrDefault(check, Map.of()).get(key);
        return v instanceof Number n ? n.doubleValue() : defaultValue;
    }

    public String text(String check, String key, String defaultValue) {
        Object v = values.getOrDefault(check, Map.of()).get(key);
        return v == null ? defaultValue : v.toString();
    }

    /** Whether the team set this key (so a report can say "default" or "configured"). */
    public boolean isSet(String check, String key) {
        return values.getOrDefault(check, Map.of()).containsKey(key);
    }
}
