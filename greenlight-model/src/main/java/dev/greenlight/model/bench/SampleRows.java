package dev.greenlight.model.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.Column;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;

import java.util.ArrayList;
import java.util.List;

/** The rows a benchmark calls the model with, as JSON for the worker process, and the batches cut from them. */
final class SampleRows {

    private SampleRows() {
    }

    static ObjectNode write(Table rows) {
        ObjectNode out = BenchJson.JSON.createObjectNode();
        ArrayNode cols = out.putArray("columns");
        for (Column c : rows.columns()) {
            ObjectNode o = cols.addObject().put("name", c.name()).put("type", c.type().key());
            ArrayNode values = o.putArray("values");
            for (int i = 0; i < c.size(); i++) {
                if (c.isMissing(i)) {
                    values.addNull();
                } else if (c instanceof NumericColumn n) {
                    values.add(n.get(i));
                } else {
                    values.add(c.format(i));
                }
            }
        }
        return out;
    }

    static Table read(JsonNode json) {
        List<Column> cols = new ArrayList<>();
        for (JsonNode c : json.get("columns")) {
            ColumnType type = ColumnType.fromKey(c.get("type").asText());
            JsonNode values = c.get("values");
            if (type.isNumericStorage()) {
                double[] v = new double[values.size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = values.get(i).isNull() ? Double.NaN : values.get(i).asDouble();
                }
                cols.add(new NumericColumn(c.get("name").asText(), type, v));
            } else {
                List<String> v = new ArrayList<>();
                values.forEach(x -> v.add(x.isNull() ? null : x.asText()));
                cols.add(CategoricalColumn.of(c.get("name").asText(), type, v));
            }
        }
        return Table.of(cols);
    }

    /**
     * Batches of the given size cut from the sample, consecutive rows wrapping around at its end: up to 16
     * distinct batches, so calls do not all see the same rows (a model with a cache would look faster than it is).
     */
    static List<Table> batches(Table sample, int size) {
        int n = sample.rowCount();
        int count = Math.max(1, Math.min(16, n / size));
        List<Table> out = new ArrayList<>(count);
        for (int b = 0; b < count; b++) {
            int[] rows = new int[size];
            for (int j = 0; j < size; j++) {
                rows[j] = (b * size + j) % n;
            }
            out.add(sample.select(rows));
        }
        return out;
    }
}
