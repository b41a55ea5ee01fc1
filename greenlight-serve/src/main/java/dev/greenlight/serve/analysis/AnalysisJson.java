package dev.greenlight.serve.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.greenlight.monitor.Alert;
import dev.greenlight.monitor.ChunkResult;
import dev.greenlight.monitor.MonitorResult;
import dev.greenlight.monitor.Period;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The engine's results as the API's JSON: one object per window (an analysis chunk), with the figures each
 * endpoint asks for. Presenting only: every number is read from the {@link MonitorResult}; NaN becomes null.
 */
public final class AnalysisJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnalysisJson() {
    }

    /** The figures of one endpoint. */
    public enum View {
        WINDOWS, DRIFT, PERFORMANCE, ALERTS, RECOMMENDATION
    }

    public static ObjectNode of(LiveMonitor.Analysis a, View view) {
        ObjectNode o = JSON.createObjectNode();
        o.put("from", Instant.ofEpochMilli(a.fromMs()).toString());
        o.put("to", Instant.ofEpochMilli(a.toMs()).toString());
        o.put("window", a.size().key());
        if (a.result().isEmpty()) {
            o.putArray(view == View.ALERTS ? "alerts" : "windows");
            if (view == View.RECOMMENDATION) {
                o.put("action", "none");
                o.putArray("reasons").add("no predictions stored in the range");
            }
            return o;
        }
        MonitorResult r = a.result().get();
        switch (view) {
            case WINDOWS, DRIFT, PERFORMANCE -> {
                o.put("estimator", r.estimator());
                ArrayNode ws = o.putArray("windows");
                for (ChunkResult c : r.chunks(Period.ANALYSIS)) {
                    ws.add(window(c, view));
                }
            }
            case ALERTS -> {
                ArrayNode as = o.putArray("alerts");
                for (Alert al : r.alerts()) {
                    as.add(alert(al, r));
                }
            }
            case RECOMMENDATION -> {
                o.put("action", r.recommendation().action().key());
                ArrayNode reasons = o.putArray("reasons");
                r.recommendation().reasons().forEach(reasons::add);
            }
        }
        return o;
    }

    private static ObjectNode window(ChunkResult c, View view) {
        ObjectNode w = JSON.createObjectNode();
        w.put("start", c.start());
        w.put("end", c.end());
        w.put("rows", c.rows());
        w.put("labelled", c.labelledRows());
        w.put("partial", c.partial());
        if (view != View.DRIFT) {
            ObjectNode realized = w.putObject("realized");
            for (var e : new TreeMap<>(c.realized()).entrySet()) {
                ChunkResult.Realized m = e.getValue();
                ObjectNode x = realized.putObject(e.getKey());
                num(x, "value", m.value());
                num(x, "ci_low", m.ciLow());
                num(x, "ci_high", m.ciHigh());
                num(x, "lower_threshold", m.lowerThreshold());
                num(x, "upper_threshold", m.upperThreshold());
                x.put("alert", m.alert());
                if (m.undefinedReason() != null) {
                    x.put("undefined", m.undefinedReason());
                }
            }
            ObjectNode estimated = w.putObject("estimated");
            for (var e : new TreeMap<>(c.estimated()).entrySet()) {
                ChunkResult.Estimated m = e.getValue();
                ObjectNode x = estimated.putObject(e.getKey());
                num(x, "value", m.value());
                num(x, "sampling_error", m.samplingError());
                num(x, "lower_threshold", m.lowerThreshold());
                num(x, "upper_threshold", m.upperThreshold());
                x.put("alert", m.alert());
            }
        }
        if (view != View.PERFORMANCE) {
            ObjectNode drift = w.putObject("drift");
            for (Map.Entry<String, ChunkResult.Drift> e : new TreeMap<>(c.drift()).entrySet()) {
                ChunkResult.Drift d = e.getValue();
                ObjectNode x = drift.putObject(e.getKey());
                x.put("test", d.test());
                num(x, "statistic", d.statistic());
                num(x, "p_value", d.pValue());
                num(x, "upper_threshold", d.upperThreshold());
                x.put("alert", d.alert());
            }
            if (c.multivariate() != null) {
                ObjectNode mv = w.putObject("multivariate");
                num(mv, "domain_classifier_auc", c.multivariate().domainClassifierAuc());
                num(mv, "domain_classifier_upper", c.multivariate().domainClassifierUpper());
                mv.put("domain_classifier_alert", c.multivariate().domainClassifierAlert());
            }
        }
        return w;
    }

    static ObjectNode alert(Alert a, MonitorResult r) {
        ObjectNode x = JSON.createObjectNode();
        x.put("kind", a.kind().key());
        x.put("name", a.name());
        String start = null;
        if (a.chunk() >= 0 && a.period() == Period.ANALYSIS) {
            var chunks = r.chunks(Period.ANALYSIS);
            if (a.chunk() < chunks.size()) {
                start = chunks.get(a.chunk()).start();
            }
        }
        x.put("window_start", start);
        num(x, "value", a.value());
        num(x, "lower", a.lower());
        num(x, "upper", a.upper());
        x.put("message", a.message());
        return x;
    }

    private static void num(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }
}
