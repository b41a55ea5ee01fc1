package dev.greenlight.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.Outcomes;
import dev.greenlight.metrics.RegressionOutcomes;
import dev.greenlight.oracle.Oracle;
import dev.greenlight.oracle.OracleCase;
import dev.greenlight.table.Column;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A case of {@code testdata/oracle/baselines.json} as a {@link BaselineInput}: its CSV, features and split. */
record OracleSplit(BaselineInput input, int[] trainRows, int[] testRows) {

    static OracleSplit classification(OracleCase c, int classes) {
        Table table = table(c);
        double[] target = ((NumericColumn) table.column(c.inputs().get("target_column").asText())).toArray();
        int[] trainRows = ints(c.inputs().get("train_indices"));
        int[] testRows = ints(c.inputs().get("test_indices"));
        List<String> labels = new ArrayList<>();
        for (int k = 0; k < classes; k++) {
            labels.add(Integer.toString(k));
        }
        TrainingTruth truth = new TrainingTruth(classes(target, trainRows), null, null);
        int[] yTest = classes(target, testRows);
        Outcomes test = classes == 2 ? ClassificationOutcomes.binary(labels, 1, yTest, yTest, null, null)
                : ClassificationOutcomes.multiclass(labels, yTest, yTest, null, null);
        return new OracleSplit(BaselineInput.of(truth, table, trainRows, test, table, testRows, features(c)),
                trainRows, testRows);
    }

    static OracleSplit regression(OracleCase c) {
        Table table = table(c);
        double[] target = ((NumericColumn) table.column(c.inputs().get("target_column").asText())).toArray();
        int[] trainRows = ints(c.inputs().get("train_indices"));
        int[] testRows = ints(c.inputs().get("test_indices"));
        TrainingTruth truth = new TrainingTruth(null, select(target, trainRows), null);
        double[] yTest = select(target, testRows);
        Outcomes test = RegressionOutcomes.of(yTest, yTest);
        return new OracleSplit(BaselineInput.of(truth, table, trainRows, test, table, testRows, features(c)),
                trainRows, testRows);
    }

    private static Table table(OracleCase c) {
        List<String> names = new ArrayList<>();
        c.inputs().get("feature_columns").forEach(n -> names.add(n.asText()));
        names.add(c.inputs().get("target_column").asText());
        double[][] values = Oracle.readNumericColumns(c.inputs().get("csv").asText(), names.toArray(new String[0]));
        List<Column> columns = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            columns.add(NumericColumn.of(names.get(j), values[j]));
        }
        return Table.of(columns);
    }

    private static Map<String, ColumnType> features(OracleCase c) {
        Map<String, ColumnType> out = new LinkedHashMap<>();
        c.inputs().get("feature_columns").forEach(n -> out.put(n.asText(), ColumnType.NUMERIC));
        return out;
    }

    private static int[] ints(JsonNode array) {
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asInt();
        }
        return out;
    }

    private static int[] classes(double[] target, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = (int) target[rows[i]];
        }
        return out;
    }

    private static double[] select(double[] values, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return out;
    }
}
