package dev.greenlight.report.slices;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.greenlight.report.json.CliJson;
import dev.greenlight.slices.Segment;

import java.util.List;

/** The weak-slice search as {@code greenlight slices --format json} prints it. */
public final class SlicesJson {
    private SlicesJson() {
    }

    /** {@code {"task", "n", "segments": [{"description", "size", "metric", "value", "rest_value", "p_value",
     * "weak"}]}}. */
    public static String write(String task, int n, List<Segment> segments) {
        ObjectNode root = CliJson.object();
        root.put("task", task);
        root.put("n", n);
        ArrayNode list = root.putArray("segments");
        for (Segment s : segments) {
            ObjectNode o = list.addObject();
            o.put("description", s.description());
            o.put("size", s.size());
            o.put("metric", s.metric());
            o.put("value", s.value());
            o.put("rest_value", s.restValue());
            if (Double.isNaN(s.pValue())) {
                o.putNull("p_value");
            } else {
                o.put("p_value", s.pValue());
            }
            o.put("weak", s.weak());
        }
        return CliJson.write(root);
    }
}
