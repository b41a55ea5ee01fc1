package dev.greenlight.model.jvm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.greenlight.config.GreenlightConfig.ModelConfig;
import dev.greenlight.model.Model;
import dev.greenlight.model.ModelContext;
import dev.greenlight.model.ModelInputs;
import dev.greenlight.model.ModelProvider;
import dev.greenlight.model.Predictions;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A model written in Java, as a team would plug one in: standardised logistic regression whose coefficients
 * come from the JSON file {@code make_models.py} wrote beside the breast-cancer ONNX model.
 */
public final class LogisticRegressionProvider implements ModelProvider {

    @Override
    public String name() {
        return "logistic-regression";
    }

    @Override
    public Model load(ModelConfig model, ModelContext context) {
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(model.path().toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> features = new ArrayList<>();
        json.get("features").forEach(f -> features.add(f.asText()));
        double[] mean = doubles(json.get("mean"));
        double[] scale = doubles(json.get("scale"));
        double[] coef = doubles(json.get("coef"));
        double intercept = json.get("intercept").asDouble();
        return rows -> predict(model, rows, features, mean, scale, coef, intercept);
    }

    private static Predictions predict(ModelConfig model, Table rows, List<String> features, double[] mean,
                                       double[] scale, double[] coef, double intercept) {
        int n = rows.rowCount();
        double[] z = new double[n];
        java.util.Arrays.fill(z, intercept);
        for (int j = 0; j < features.size(); j++) {
            NumericColumn c = ModelInputs.numeric(model, rows, features.get(j));
            for (int i = 0; i < n; i++) {
                z[i] += (c.get(i) - mean[j]) / scale[j] * coef[j];
            }
        }
        double[][] p = new double[2][n];
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            p[1][i] = 1 / (1 + Math.exp(-z[i]));
            p[0][i] = 1 - p[1][i];
            labels[i] = z[i] > 0 ? "1" : "0";
        }
        return Predictions.ofClasses(labels, List.of("0", "1"), p);
    }

    private static double[] doubles(JsonNode arr) {
        double[] out = new double[arr.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = arr.get(i).asDouble();
        }
        return out;
    }
}
