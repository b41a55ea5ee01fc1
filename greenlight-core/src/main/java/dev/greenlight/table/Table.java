package dev.greenlight.table;

import dev.greenlight.error.InvalidDataException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable table of equally long, uniquely named columns, in source order.
 */
public final class Table {
    private final Map<String, Column> columns;
    private final int rowCount;

    private Table(Map<String, Column> columns, int rowCount) {
        this.columns = Collections.unmodifiableMap(columns);
        this.rowCount = rowCount;
    }

    public static Table of(List<? extends Column> columns) {
        Map<String, Column> map = new LinkedHashMap<>();
        int rows = columns.isEmpty() ? 0 : columns.get(0).size();
        for (Column c : columns) {
            if (c.size() != rows) {
                throw new InvalidDataException("column '" + c.name() + "' has " + c.size() + " rows, expected "
                        + rows);
            }
            if (map.put(c.name(), c) != null) {
                throw new InvalidDataException("duplicate column name '" + c.name() + "'");
            }
        }
        return new Table(map, rows);
    }

    public static Table of(Column... columns) {
        return of(List.of(columns));
    }

    public int rowCount() {
        return rowCount;
    }

    public int columnCount() {
        return columns.size();
    }

    public List<String> columnNames() {
        return List.copyOf(columns.keySet());
    }

    public List<Column> columns() {
        return List.copyOf(columns.values());
    }

    public boolean has(String name) {
        return columns.containsKey(name);
    }

    public Optional<Column> find(String name) {
        return Optional.ofNullable(columns.get(name));
    }

    /** The named column; throws {@link InvalidDataException} listing the columns present when absent. */
    public Column column(String name) {
        Column c = columns.get(name);
        if (c == null) {
            throw new InvalidDataException("no column '" + name + "'; columns present: " + columns.keySet());
        }
        return c;
    }

    /** A table of the given rows, in that order. */
    public Table select(int[] rows) {
        List<Column> out = new ArrayList<>(columns.size());
        for (Column c : columns.values()) {
            out.add(c.select(rows));
        }
        return rows.length == 0 && out.isEmpty() ? this : of(out);
    }

    /** A table with one column replaced (same name) or appended. */
    public Table with(Column column) {
        Map<String, Column> map = new LinkedHashMap<>(columns);
        map.put(column.name(), column);
        return of(new ArrayList<>(map.values()));
    }

    @Override
    public String toString() {
        return "Table[" + rowCount + " rows, " + columns.keySet() + "]";
    }
}
