package dev.greenlight.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Binds a configuration's {@code checks:} section onto {@link CheckSettings#DEFAULTS}: each section is a component of
 * {@link CheckSettings} and each key a component of the section's record, named in snake case in the YAML file. A
 * key the team leaves out keeps the record's default, so a default is written in one place only. The JSON Schema
 * has checked every key's name, type and range before this runs.
 */
final class CheckSettingsBinder {
    private CheckSettingsBinder() {
    }

    static CheckSettings bind(JsonNode checks) {
        Set<String> configured = new LinkedHashSet<>();
        RecordComponent[] sections = CheckSettings.class.getRecordComponents();
        Object[] args = new Object[sections.length];
        for (int i = 0; i < sections.length; i++) {
            RecordComponent s = sections[i];
            if (s.getName().equals("configured")) {
                args[i] = configured;
            } else {
                String name = snakeCase(s.getName());
                args[i] = section(checks.path(name), name, (Record) value(s, CheckSettings.DEFAULTS), configured);
            }
        }
        return construct(CheckSettings.class, args);
    }

    /** The configuration's name of a record component: {@code maxWindowSpread} -> {@code max_window_spread}. */
    static String snakeCase(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static Record section(JsonNode node, String name, Record defaults, Set<String> configured) {
        RecordComponent[] keys = defaults.getClass().getRecordComponents();
        Object[] args = new Object[keys.length];
        for (int i = 0; i < keys.length; i++) {
            String key = snakeCase(keys[i].getName());
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                args[i] = value(keys[i], defaults);
            } else {
                args[i] = convert(v, keys[i].getType(), name + "." + key);
                configured.add(name + "." + key);
            }
        }
        return construct(defaults.getClass(), args);
    }

    private static Object convert(JsonNode v, Class<?> type, String key) {
        if (type == double.class || type == Double.class) {
            return v.asDouble();
        }
        if (type == int.class || type == Integer.class) {
            return v.asInt();
        }
        if (type == boolean.class || type == Boolean.class) {
            return v.asBoolean();
        }
        if (type == String.class) {
            return v.asText();
        }
        throw new IllegalStateException("checks." + key + ": no binding for " + type.getName());
    }

    private static Object value(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c, e);
        }
    }

    private static <R> R construct(Class<R> type, Object[] args) {
        Class<?>[] types = java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            return type.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make " + type.getSimpleName(), e);
        }
    }
}
