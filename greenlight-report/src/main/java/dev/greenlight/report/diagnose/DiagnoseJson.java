package dev.greenlight.report.diagnose;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.greenlight.diagnose.CauseFinding;
import dev.greenlight.diagnose.Diagnosis;
import dev.greenlight.diagnose.FeatureContribution;
import dev.greenlight.diagnose.Figure;
import dev.greenlight.diagnose.Performance;

/**
 * {@code diagnose.json}: {@code {"schema_version", "performance": {"metric", "reference", "production_realized",
 * "production_estimated", "drop", "band", "beyond_band"}, "causes": [{"cause", "share", "share_ci_low",
 * "share_ci_high", "verdict", "smallest_detectable", "evidence"}], "primary_cause", "contributions", "notes"}}.
 * Undefined numbers are {@code null}.
 */
public final class DiagnoseJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DiagnoseJson() {
    }

    public static String write(Diagnosis d) {
        try {
            return MAPPER.writeValueAsString(tree(d)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the diagnosis as JSON", e);
        }
    }

    public static ObjectNode tree(Diagnosis d) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema_version", Diagnosis.SCHEMA_VERSION);
        Performance p = d.performance();
        ObjectNode perf = root.putObject("performance");
        perf.put("metric", p.metric());
        perf.put("higher_is_better", p.higherIsBetter());
        figure(perf, "reference", p.reference());
        figure(perf, "production_realized", p.realized());
        figure(perf, "production_estimated", p.estimated());
        number(perf, "drop", p.drop());
        number(perf, "band", p.band());
        perf.put("beyond_band", p.beyondBand());
        ArrayNode causes = root.putArray("causes");
        for (CauseFinding c : d.causes()) {
            ObjectNode n = causes.addObject();
            n.put("cause", c.cause().key());
            if (c.share() == null) {
                n.putNull("share");
            } else {
                n.put("share", c.share());
            }
            number(n, "share_ci_low", c.shareLow());
            number(n, "share_ci_high", c.shareHigh());
            n.put("verdict", c.verdict().key());
            number(n, "smallest_detectable", c.smallestDetectable());
            ArrayNode ev = n.putArray("evidence");
            c.evidence().forEach(ev::add);
        }
        root.put("primary_cause", d.primaryCause());
        ArrayNode contributions = root.putArray("contributions");
        for (FeatureContribution f : d.contributions()) {
            ObjectNode n = contributions.addObject();
            n.put("feature", f.feature());
            number(n, "reweighted", f.reweighted());
            number(n, "drop", f.drop());
            n.put("drifted_chunks", f.driftedChunks());
        }
        ArrayNode notes = root.putArray("notes");
        d.notes().forEach(notes::add);
        return root;
    }

    private static void figure(ObjectNode parent, String name, Figure f) {
        if (f == null) {
            parent.putNull(name);
            return;
        }
        ObjectNode n = parent.putObject(name);
        number(n, "value", f.value());
        number(n, "ci_low", f.low());
        number(n, "ci_high", f.high());
        n.put("rows", f.rows());
        n.put("method", f.method());
    }

    private static void number(ObjectNode n, String name, double v) {
        if (Double.isFinite(v)) {
            n.put(name, v);
        } else {
            n.putNull(name);
        }
    }
}
