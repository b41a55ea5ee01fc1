package dev.greenlight.checklist.plan;

import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.data.PreparedDataset;
import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.error.GreenlightException;
import dev.greenlight.io.TableReader;
import dev.greenlight.monitor.MonitorColumns;
import dev.greenlight.monitor.MonitorEngine;
import dev.greenlight.monitor.MonitorResult;
import dev.greenlight.monitor.MonitorSettings;
import dev.greenlight.table.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the monitoring analysis ({@code greenlight monitor}'s engine) on the configuration's production data, with
 * the test set as the reference, as the monitoring item's rehearsal of life after go-live. Computes only; the item
 * judges and presents.
 */
final class ProductionMonitoring {

    /**
     * The analysis, or why it did not run.
     *
     * @param result   the monitoring result, or null
     * @param notRunBecause the reason, or null when it ran
     */
    record Outcome(MonitorResult result, String notRunBecause) {
    }

    private ProductionMonitoring() {
    }

    /** Empty when the configuration names no production data (nothing to rehearse). */
    static Optional<Outcome> run(CheckContext ctx) {
        Optional<PreparedDataset> production = ctx.data().dataset("production");
        if (production.isEmpty()) {
            return Optional.empty();
        }
        GreenlightConfig config = ctx.config();
        try {
            Table reference = ctx.data().test().table();
            Table analysis = production.get().table();
            List<String> features = new ArrayList<>();
            for (String f : ctx.data().features().keySet()) {
                if (reference.has(f) && analysis.has(f)) {
                    features.add(f);
                }
            }
            MonitorColumns columns = MonitorSettings.columns(config);
            if (columns.features().isEmpty()) {
                columns = columns.withFeatures(features);
            }
            Table labels = config.monitoring().labels() == null ? null
                    : TableReader.read(config.monitoring().labels()).table();
            MonitorResult r = MonitorEngine.run(reference, analysis, labels, columns,
                    MonitorSettings.options(config.monitoring()));
            return Optional.of(new Outcome(r, null));
        } catch (GreenlightException | IllegalArgumentException e) {
            return Optional.of(new Outcome(null, e.getMessage()));
        }
    }
}
