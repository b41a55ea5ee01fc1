package dev.greenlight.serve.ingest;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** Event ids: a non-empty string or a whole number, at most {@value #MAX_LENGTH} characters. */
final class Ids {
    static final int MAX_LENGTH = 200;

    private Ids() {
    }

    /** The id's text, or null with the error added; {@code id} is the field's value, null when absent. */
    static String read(JsonNode id, int index, List<RecordError> errors) {
        if (id == null || id.isNull()) {
            errors.add(new RecordError(index, "id", "missing: every record needs its event id"));
            return null;
        }
        if (!id.isTextual() && !id.isIntegralNumber()) {
            errors.add(new RecordError(index, "id", "expected a string or a whole number, found "
                    + id.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
            return null;
        }
        String text = id.asText();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            errors.add(new RecordError(index, "id", "expected 1 to " + MAX_LENGTH + " characters, found "
                    + text.length()));
            return null;
        }
        return text;
    }
}
