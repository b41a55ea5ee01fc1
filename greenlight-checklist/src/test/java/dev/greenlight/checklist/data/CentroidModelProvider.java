package dev.greenlight.checklist.data;

import dev.greenlight.config.GreenlightConfig.ModelConfig;
import dev.greenlight.model.Model;
import dev.greenlight.model.ModelContext;
import dev.greenlight.model.ModelInputs;
import dev.greenlight.model.ModelProvider;
import dev.greenlight.model.Predictions;
import dev.greenlight.table.NumericColumn;

/**
 * A three-class model for tests, plugged in as a JVM provider: class k's probability is proportional to
 * exp(-(x - k)^2), so x near 0, 1 or 2 predicts "a", "b" or "c". It gives probabilities only, not labels, and does
 * not name its classes, so Greenlight must order them as scikit-learn would and pick the most probable itself.
 */
public final class CentroidModelProvider implements ModelProvider {

    @Override
    public String name() {
        return "centroids";
    }

    @Override
    public Model load(ModelConfig model, ModelContext context) {
        return rows -> {
            NumericColumn x = ModelInputs.numeric(model, rows, "x");
            double[][] p = new double[3][rows.rowCount()];
            for (int i = 0; i < rows.rowCount(); i++) {
                double sum = 0;
                for (int k = 0; k < 3; k++) {
                    p[k][i] = Math.exp(-(x.get(i) - k) * (x.get(i) - k));
                    sum += p[k][i];
                }
                for (int k = 0; k < 3; k++) {
                    p[k][i] /= sum;
                }
            }
            return Predictions.ofClasses(null, null, p);
        };
    }
}
