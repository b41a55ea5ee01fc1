package dev.greenlight.report.monitor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.greenlight.monitor.Alert;
import dev.greenlight.monitor.Change;
import dev.greenlight.monitor.ChunkResult;
import dev.greenlight.monitor.MonitorColumns;
import dev.greenlight.monitor.MonitorResult;

import java.util.Map;
import java.util.TreeMap;

/**
 * {@code monitor.json}: the machine-readable monitoring result, schema version {@link MonitorResult#SCHEMA_VERSION}
 * ({@code docs/schema/monitor.schema.json}, every key described in {@code docs/monitoring.md}). Numbers that are
 * undefined (NaN) are written as {@code null}; maps are written in key order so two runs diff cleanly.
 */
public final class MonitorJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MonitorJson() {
    }

    public static String write(MonitorResult r) {
        try {
            return MAPPER.writeValueAsString(tree(r)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write monitor.json", e);
        }
    }

    public static ObjectNode tree(MonitorResult r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema_version", MonitorResult.SCHEMA_VERSION);
        MonitorColumns c = r.columns();
        ObjectNode cols = root.putObject("columns");
        cols.put("task", c.task().key());
        text(cols, "id", c.id());
        text(cols, "target", c.target());
        text(cols, "score", c.score());
        text(cols, "proba_prefix", c.probaPrefix());
        text(cols, "prediction", c.prediction());
        text(cols, "timestamp", c.timestamp());
        text(cols, "label_timestamp", c.labelTimestamp());
        root.put("chunking", r.chunking());
        ArrayNode metrics = root.putArray("metrics");
        r.metrics().forEach(metrics::add);
        root.put("estimator", r.estimator());
        root.put("calibrated", r.calibrated());
        ObjectNode labels = root.putObject("labels");
        labels.put("source", r.labels().source());
        labels.put("label_rows", r.labels().labelRows());
        labels.put("labelled_rows", r.labels().labelledRows());
        labels.put("unknown_ids", r.labels().unknownIds());
        labels.put("duplicate_ids", r.labels().duplicateIds());
        labels.put("conflicting_ids", r.labels().conflictingIds());
        labels.put("duplicate_analysis_ids", r.labels().duplicateAnalysisIds());
        ArrayNode ex = labels.putArray("examples");
        r.labels().examples().forEach(ex::add);
        ArrayNode chunks = root.putArray("chunks");
        for (ChunkResult ch : r.chunks()) {
            chunk(chunks.addObject(), ch);
        }
        ArrayNode alerts = root.putArray("alerts");
        for (Alert a : r.alerts()) {
            ObjectNode o = alerts.addObject();
            o.put("kind", a.kind().key());
            o.put("name", a.name());
            o.put("period", a.period().key());
            if (a.chunk() >= 0) {
                o.put("chunk", a.chunk());
            } else {
                o.putNull("chunk");
            }
            number(o, "value", a.value());
            number(o, "lower_threshold", a.lower());
            number(o, "upper_threshold", a.upper());
            o.put("message", a.message());
        }
        ArrayNode changes = root.putArray("changes");
        for (Change ch : r.changes()) {
            ObjectNode o = changes.addObject();
            o.put("series", ch.series());
            o.put("shape", ch.shape().key());
            o.put("period", ch.period().key());
            o.put("chunk", ch.chunk());
            number(o, "before", ch.before());
            number(o, "after", ch.after());
            number(o, "shift", ch.shift());
            number(o, "p_value", ch.pValue());
            o.put("message", ch.message());
        }
        ArrayNode ranking = root.putArray("drift_ranking");
        for (MonitorResult.RankedColumn rc : r.driftRanking()) {
            ObjectNode o = ranking.addObject();
            o.put("column", rc.column());
            o.put("alerted_chunks", rc.alertedChunks());
            o.put("chunks", rc.chunks());
        }
        ObjectNode rec = root.putObject("recommendation");
        rec.put("action", r.recommendation().action().key());
        ArrayNode reasons = rec.putArray("reasons");
        r.recommendation().reasons().forEach(reasons::add);
        ArrayNode notes = root.putArray("notes");
        r.notes().forEach(notes::add);
        return root;
    }

    private static void chunk(ObjectNode o, ChunkResult c) {
        o.put("period", c.period().key());
        o.put("index", c.index());
        o.put("first_row", c.firstRow());
        o.put("last_row", c.lastRow());
        text(o, "start", c.start());
        text(o, "end", c.end());
        o.put("rows", c.rows());
        o.put("labelled_rows", c.labelledRows());
        o.put("partial", c.partial());
        ObjectNode realized = o.putObject("realized");
        for (Map.Entry<String, ChunkResult.Realized> e : new TreeMap<>(c.realized()).entrySet()) {
            ChunkResult.Realized v = e.getValue();
            ObjectNode m = realized.putObject(e.getKey());
            number(m, "value", v.value());
            number(m, "ci_low", v.ciLow());
            number(m, "ci_high", v.ciHigh());
            text(m, "method", v.method());
            number(m, "lower_threshold", v.lowerThreshold());
            number(m, "upper_threshold", v.upperThreshold());
            m.put("alert", v.alert());
            if (v.undefinedReason() != null) {
                m.put("undefined", v.undefinedReason());
            }
        }
        ObjectNode estimated = o.putObject("estimated");
        for (Map.Entry<String, ChunkResult.Estimated> e : new TreeMap<>(c.estimated()).entrySet()) {
            ChunkResult.Estimated v = e.getValue();
            ObjectNode m = estimated.putObject(e.getKey());
            number(m, "value", v.value());
            number(m, "sampling_error", v.samplingError());
            number(m, "lower_threshold", v.lowerThreshold());
            number(m, "upper_threshold", v.upperThreshold());
            m.put("alert", v.alert());
        }
        ObjectNode drift = o.putObject("drift");
        ObjectNode columns = drift.putObject("columns");
        for (Map.Entry<String, ChunkResult.Drift> e : new TreeMap<>(c.drift()).entrySet()) {
            ChunkResult.Drift v = e.getValue();
            ObjectNode m = columns.putObject(e.getKey());
            m.put("test", v.test());
            number(m, "statistic", v.statistic());
            number(m, "p_value", v.pValue());
            number(m, "upper_threshold", v.upperThreshold());
            m.put("alert", v.alert());
        }
        if (c.multivariate() != null) {
            ChunkResult.Multivariate mv = c.multivariate();
            ObjectNode m = drift.putObject("multivariate");
            ObjectNode dc = m.putObject("domain_classifier");
            number(dc, "auc", mv.domainClassifierAuc());
            number(dc, "upper_threshold", mv.domainClassifierUpper());
            dc.put("alert", mv.domainClassifierAlert());
            ObjectNode re = m.putObject("reconstruction_error");
            number(re, "value", mv.reconstructionError());
            number(re, "lower_threshold", mv.reconstructionLower());
            number(re, "upper_threshold", mv.reconstructionUpper());
            re.put("alert", mv.reconstructionAlert());
        }
        ObjectNode quality = o.putObject("quality");
        for (Map.Entry<String, ChunkResult.Quality> e : new TreeMap<>(c.quality()).entrySet()) {
            ChunkResult.Quality q = e.getValue();
            ObjectNode m = quality.putObject(e.getKey());
            number(m, "missing", q.missing());
            m.put("missing_alert", q.missingAlert());
            number(m, "unseen", q.unseen());
            m.put("unseen_alert", q.unseenAlert());
            number(m, "out_of_range", q.outOfRange());
            m.put("out_of_range_alert", q.outOfRangeAlert());
        }
        if (c.labelDelay() != null) {
            ObjectNode d = o.putObject("label_delay");
            d.put("labels", c.labelDelay().labels());
            number(d, "median_s", c.labelDelay().median());
            number(d, "p90_s", c.labelDelay().p90());
            number(d, "max_s", c.labelDelay().max());
        } else {
            o.putNull("label_delay");
        }
    }

    private static void text(ObjectNode o, String key, String v) {
        if (v == null) {
            o.putNull(key);
        } else {
            o.put(key, v);
        }
    }

    private static void number(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }
}
