package dev.greenlight.serve;

import dev.greenlight.table.ColumnType;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Feature schemas for tests that need no configuration file. */
public final class TestSchemas {
    private TestSchemas() {
    }

    /** One feature of each type, one name with a space: tenure, signed up, plan, active, note. */
    public static FeatureSchema everyType() {
        Map<String, ColumnType> t = new LinkedHashMap<>();
        t.put("tenure", ColumnType.NUMERIC);
        t.put("signed up", ColumnType.DATETIME);
        t.put("plan", ColumnType.CATEGORICAL);
        t.put("active", ColumnType.BOOLEAN);
        t.put("note", ColumnType.TEXT);
        return new FeatureSchema(t, Path.of("train.csv"));
    }
}
