package dev.greenlight.model.bench;

import dev.greenlight.model.Model;
import dev.greenlight.model.Predictions;
import dev.greenlight.table.Table;

/** A model that does nothing: what the harness measures on it is the harness's own cost per call. */
final class NoOpModel implements Model {
    private static final Predictions NOTHING = Predictions.ofValues(new double[0]);

    @Override
    public Predictions predict(Table rows) {
        return NOTHING;
    }
}
