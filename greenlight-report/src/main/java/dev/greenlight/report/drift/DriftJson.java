package dev.greenlight.report.drift;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.greenlight.drift.ColumnDrift;
import dev.greenlight.drift.DatasetDrift;
import dev.greenlight.drift.DriftReport;
import dev.greenlight.drift.EffectThreshold;
import dev.greenlight.drift.multivariate.DomainClassifierResult;
import dev.greenlight.drift.multivariate.MultivariateDrift;
import dev.greenlight.drift.multivariate.ReconstructionResult;

import java.io.UncheckedIOException;

/**
 * The drift report as one JSON object (documented in {@code docs/drift.md}):
 * {@code {"columns": [{"name", "type", "test", "statistic", "p_value", "effect_size", "threshold", "drift",
 * "n_reference", "n_current"[, "effect_threshold", "effect_threshold_source"]}, ...], "dataset_drift": {...}, "multivariate": {...}}}. Numbers that are not
 * defined (the p-value of a distance) are {@code null}.
 */
public final class DriftJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DriftJson() {
    }

    public static String write(DriftReport report) {
        try {
            return MAPPER.writeValueAsString(toTree(report));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode toTree(DriftReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode columns = root.putArray("columns");
        for (ColumnDrift c : report.columns()) {
            ObjectNode o = columns.addObject();
            o.put("name", c.name());
            o.put("type", c.kind().key());
            o.put("test", c.test());
            number(o, "statistic", c.statistic());
            number(o, "p_value", c.pValue());
            number(o, "effect_size", c.effectSize());
            number(o, "threshold", c.threshold());
            o.put("drift", c.drift());
            o.put("n_reference", c.nReference());
            o.put("n_current", c.nCurrent());
            EffectThreshold e = c.effectThreshold();
            if (e != null) {
                number(o, "effect_threshold", e.value());
                o.put("effect_threshold_source", e.source());
            }
        }
        DatasetDrift d = report.dataset();
        ObjectNode ds = root.putObject("dataset_drift");
        ds.put("drift", d.drift());
        ds.put("drifted_columns", d.driftedColumns());
        ds.put("columns", d.columns());
        number(ds, "share", d.share());
        number(ds, "threshold", d.threshold());
        ds.put("correction", d.correction().key());
        ds.put("approximate", d.approximate());
        number(ds, "rank_error_bound", d.rankErrorBound());
        ObjectNode mv = root.putObject("multivariate");
        MultivariateDrift m = report.multivariate();
        if (m != null) {
            domainClassifier(mv, m.domainClassifier());
            reconstruction(mv, m.reconstruction());
        }
        return root;
    }

    private static void domainClassifier(ObjectNode mv, DomainClassifierResult dc) {
        ObjectNode o = mv.putObject("domain_classifier");
        number(o, "auc", dc.auc());
        number(o, "auc_low", dc.aucLow());
        number(o, "auc_high", dc.aucHigh());
        number(o, "threshold", dc.threshold());
        o.put("drift", dc.drift());
        o.put("folds", dc.folds());
        o.put("n_reference", dc.referenceRows());
        o.put("n_current", dc.currentRows());
        ArrayNode top = o.putArray("top_features");
        for (DomainClassifierResult.FeatureImportance f : dc.topFeatures()) {
            ObjectNode t = top.addObject();
            t.put("name", f.name());
            number(t, "importance", f.importance());
        }
    }

    private static void reconstruction(ObjectNode mv, ReconstructionResult r) {
        if (r == null) {
            return;
        }
        ObjectNode o = mv.putObject("pca_reconstruction");
        o.put("features", r.features());
        o.put("components", r.components());
        number(o, "variance_explained", r.varianceExplained());
        number(o, "reference_error", r.referenceError());
        number(o, "current_error", r.currentError());
        number(o, "lower_threshold", r.lowerThreshold());
        number(o, "upper_threshold", r.upperThreshold());
        o.put("drift", r.drift());
    }

    private static void number(ObjectNode o, String key, double v) {
        if (Double.isNaN(v)) {
            o.putNull(key);
        } else if (Double.isInfinite(v)) {
            o.put(key, v > 0 ? "Infinity" : "-Infinity");
        } else {
            o.put(key, v);
        }
    }
}
