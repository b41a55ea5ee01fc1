package dev.greenlight.examples.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.greenlight.config.GreenlightConfig.ModelConfig;
import dev.greenlight.model.Model;
import dev.greenlight.model.ModelContext;
import dev.greenlight.model.ModelException;
import dev.greenlight.model.ModelInputs;
import dev.greenlight.model.ModelProvider;
import dev.greenlight.model.Predictions;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores the breast-cancer data with a standardised logistic regression written in plain Java: the coefficients
 * are those scikit-learn fitted ({@code examples/breast-cancer-onnx/models/logreg.json}, written by
 * {@code make_models.py}); p(class 1) = 1 / (1 + exp(-(intercept + sum_j coef_j (x_j - mean_j) / scale_j))).
 *
 * <p>Selected in a configuration by {@code type: jvm, provider: breast-cancer-logreg}; {@code path} is the JSON.
 */
public final class LogisticRegressionProvider implements ModelProvider {

    @Override
    public String name() {
        return "breast-cancer-logreg";
    }

    @Override
    public Model load(ModelConfig model, ModelContext context) {
        if (model.path() == null) {
            throw ModelException.of(model, "needs 'path': the JSON file with features, mean, scale, coef, "
                    + "intercept and classes");
        }
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(model.path().toFile());
        } catch (IOException e) {
            throw ModelException.of(model, "cannot read " + model.path() + " (" + e.getMessage() + ")", e);
        }
        List<String> features = new ArrayList<>();
        json.get("features").forEach(f -> features.add(f.asText()));
        List<String> classes = new ArrayList<>();
        json.get("classes").forEach(c -> classes.add(c.asText()));
        Coefficients c = new Coefficients(features, doubles(json.get("mean")), doubles(json.get("scale")),
                doubles(json.get("coef")), json.get("intercept").asDouble(), classes);
        return rows -> c.predict(model, rows);
    }

    private record Coefficients(List<String> features, double[] mean, double[] scale, double[] coef,
                                double intercept, List<String> classes) {

        Predictions predict(ModelConfig model, Table rows) {
            int n = rows.rowCount();
            double[] z = new double[n];
            java.util.Arrays.fill(z, intercept);
            for (int j = 0; j < features.size(); j++) {
                NumericColumn x = ModelInputs.numeric(model, rows, features.get(j));
                for (int i = 0; i < n; i++) {
                    z[i] += (x.get(i) - mean[j]) / scale[j] * coef[j];
                }
            }
            double[][] p = new double[2][n];
            String[] labels = new String[n];
            for (int i = 0; i < n; i++) {
                p[1][i] = 1 / (1 + Math.exp(-z[i]));
                p[0][i] = 1 - p[1][i];
                labels[i] = classes.get(p[1][i] > 0.5 ? 1 : 0);
            }
            return Predictions.ofClasses(labels, classes, p);
        }
    }

    private static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }
}
