package dev.greenlight.model.remote;

import com.fasterxml.jackson.databind.JsonNode;
import dev.greenlight.model.ModelInputs;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Reading values out of an endpoint's JSON answer, with messages that say what was found. */
final class Answers {

    private Answers() {
    }

    /** Nested arrays as one flat list, row-major. */
    static void flatten(JsonNode data, List<JsonNode> out) {
        for (JsonNode v : data) {
            if (v.isArray()) {
                flatten(v, out);
            } else {
                out.add(v);
            }
        }
    }

    static double[] numbers(List<JsonNode> data, String where) {
        double[] out = new double[data.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode v = data.get(i);
            if (v.isNumber()) {
                out[i] = v.asDouble();
            } else if (v.isNull()) {
                out[i] = Double.NaN;
            } else {
                throw new RemoteAnswerException(where + " holds " + v + " at position " + i + "; expected a number");
            }
        }
        return out;
    }

    /** Labels as text, written as data writes them: {@code 1}, not {@code 1.0}. */
    static String[] texts(List<JsonNode> data) {
        String[] out = new String[data.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode v = data.get(i);
            out[i] = v.isNull() ? null : v.isNumber() ? ModelInputs.labelText(v.asDouble()) : v.asText();
        }
        return out;
    }

    /** A short description of a JSON value for messages: its keys, or its type and start. */
    static String describe(JsonNode n) {
        if (n.isObject()) {
            List<String> keys = new ArrayList<>();
            Iterator<String> it = n.fieldNames();
            it.forEachRemaining(keys::add);
            return "an object with keys " + keys;
        }
        String text = n.toString();
        return (n.isArray() ? "a list " : "the value ") + (text.length() > 80 ? text.substring(0, 80) + "..." : text);
    }
}
