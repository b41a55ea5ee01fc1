package dev.greenlight.monitor;

import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.error.InvalidConfigException;
import dev.greenlight.time.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The monitor's columns and options from a configuration file ({@code greenlight monitor CONFIG} and the
 * checklist's monitoring item read it alike): the task, target, id, timestamp, prediction columns and features of
 * the file, and its {@code monitoring:} section; every key the section leaves out takes
 * {@link MonitorOptions#defaults()}.
 */
public final class MonitorSettings {
    private MonitorSettings() {
    }

    public static MonitorColumns columns(GreenlightConfig c) {
        GreenlightConfig.PredictionColumns p = c.prediction();
        String prefix = p.probabilityPrefix();
        if (prefix == null && p.probabilities() != null && !p.probabilities().isEmpty()) {
            prefix = commonPrefix(p.probabilities());
        }
        String prediction = c.task().isClassification() ? p.label() : p.value();
        List<String> features = new ArrayList<>();
        if (c.features().include() != null) {
            features.addAll(c.features().include());
        }
        MonitorColumns cols = new MonitorColumns(c.task(), c.columns().id(), c.target(),
                c.task() == dev.greenlight.metrics.Task.BINARY ? p.score() : null,
                c.task() == dev.greenlight.metrics.Task.MULTICLASS ? prefix : null, prediction,
                c.columns().timestamp(), c.monitoring().labelTimestamp(), features, c.positiveLabel());
        return cols;
    }

    /** Columns the features leave out: the configuration's exclusions, applied to the reference's columns. */
    public static List<String> excluded(GreenlightConfig c) {
        return c.features().exclude();
    }

    public static MonitorOptions options(GreenlightConfig.Monitoring m) {
        MonitorOptions o = MonitorOptions.defaults();
        if (m.chunkSize() != null) {
            o = o.withChunking(Chunking.bySize(m.chunkSize()));
        } else if (m.chunkCount() != null) {
            o = o.withChunking(Chunking.byCount(m.chunkCount()));
        } else if (m.chunkPeriod() != null) {
            o = o.withChunking(Chunking.byPeriod(Window.parse(m.chunkPeriod())));
        }
        RecommendationRules d = RecommendationRules.defaults();
        RecommendationRules rules = new RecommendationRules(
                m.retrainAfter() == null ? d.retrainAfter() : m.retrainAfter(),
                m.rollbackFromStart() == null ? d.rollbackFromStart() : m.rollbackFromStart(),
                m.driftShare() == null ? d.driftShare() : m.driftShare());
        return new MonitorOptions(o.chunking(), m.metrics(), m.sigmas() == null ? o.sigmas() : m.sigmas(),
                m.calibration() == null ? o.calibration() : m.calibration(),
                m.drift() == null ? o.drift() : m.drift(), m.multivariate() == null ? o.multivariate()
                : m.multivariate(), o.multivariateRows(), m.changeAlpha() == null ? o.changeAlpha()
                : m.changeAlpha(), o.permutations(), o.seed(), m.goals(), rules);
    }

    private static String commonPrefix(Map<String, String> labelToColumn) {
        String prefix = null;
        for (Map.Entry<String, String> e : labelToColumn.entrySet()) {
            String col = e.getValue();
            if (!col.endsWith(e.getKey())) {
                throw new InvalidConfigException("monitoring reads class probabilities by a column prefix; the "
                        + "column '" + col + "' of class '" + e.getKey() + "' is not a prefix followed by the class");
            }
            String p = col.substring(0, col.length() - e.getKey().length());
            if (prefix != null && !prefix.equals(p)) {
                throw new InvalidConfigException("monitoring reads class probabilities by one column prefix; the "
                        + "configuration's probability columns have the prefixes '" + prefix + "' and '" + p + "'");
            }
            prefix = p;
        }
        return prefix;
    }
}
