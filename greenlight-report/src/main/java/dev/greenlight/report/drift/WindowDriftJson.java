package dev.greenlight.report.drift;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.greenlight.drift.WindowDrift;
import dev.greenlight.error.GreenlightException;

import java.io.IOException;
import java.util.List;

/**
 * Drift per time window against the reference, as the {@code windows.json} that
 * {@code greenlight drift --timestamp --out} writes.
 */
public final class WindowDriftJson {
    private WindowDriftJson() {
    }

    public static String write(List<WindowDrift> windows) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode list = mapper.createArrayNode();
        for (WindowDrift x : windows) {
            ObjectNode o = list.addObject();
            o.put("start", x.start());
            o.put("end", x.end());
            o.put("rows", x.rows());
            o.setAll(DriftJson.toTree(x.report()));
        }
        try {
            return mapper.writeValueAsString(list) + "\n";
        } catch (IOException e) {
            throw new GreenlightException("cannot write the windows (" + e.getMessage() + ")", e);
        }
    }
}
