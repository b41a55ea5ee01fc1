package dev.greenlight.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.greenlight.oracle.Oracle;
import dev.greenlight.oracle.OracleCase;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds outcomes from the inputs of an oracle case (inline arrays or columns of a real CSV). */
final class OracleOutcomes {
    private OracleOutcomes() {
    }

    static ClassificationOutcomes classification(OracleCase c) {
        JsonNode in = c.inputs();
        List<String> labels = Oracle.strings(c.params().get("labels"));
        List<String> yTrue;
        List<String> yPred = null;
        double[] score = null;
        if (in.has("csv")) {
            double[][] cols = Oracle.readNumericColumns(in.get("csv").asText(), in.get("y_true_column").asText(),
                    in.get("y_pred_column").asText(), in.get("y_score_column").asText());
            assertThat(cols[0]).as("rows of " + in.get("csv")).hasSize(in.get("n_rows").asInt());
            yTrue = integerLabels(cols[0]);
            yPred = integerLabels(cols[1]);
            score = cols[2];
        } else {
            yTrue = Oracle.strings(in.get("y_true"));
            if (in.has("y_pred")) {
                yPred = Oracle.strings(in.get("y_pred"));
            }
            if (in.has("y_score")) {
                score = Oracle.doubles(in.get("y_score"));
            }
        }
        int[] t = Labels.encode(yTrue, labels);
        int[] p = yPred == null ? null : Labels.encode(yPred, labels);
        double[] w = in.has("sample_weight") ? Oracle.doubles(in.get("sample_weight")) : null;
        if (in.has("y_proba")) {
            return ClassificationOutcomes.multiclass(labels, t, p, columns(Oracle.matrix(in.get("y_proba"))), w);
        }
        int positive = labels.indexOf(label(c.params().get("pos_label")));
        return ClassificationOutcomes.binary(labels, positive, t, p, score, w);
    }

    static RegressionOutcomes regression(OracleCase c) {
        JsonNode in = c.inputs();
        return new RegressionOutcomes(Oracle.doubles(in.get("y_true")), Oracle.doubles(in.get("y_pred")),
                in.has("sample_weight") ? Oracle.doubles(in.get("sample_weight")) : null);
    }

    /** Row-major {@code [n][k]} to column-major {@code [k][n]}. */
    static double[][] columns(double[][] rows) {
        int k = rows.length == 0 ? 0 : rows[0].length;
        double[][] out = new double[k][rows.length];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < k; j++) {
                out[j][i] = rows[i][j];
            }
        }
        return out;
    }

    static String label(JsonNode v) {
        return v.isNumber() && v.canConvertToLong() ? Long.toString(v.longValue()) : v.asText();
    }

    private static List<String> integerLabels(double[] values) {
        List<String> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(Long.toString((long) v));
        }
        return out;
    }
}
