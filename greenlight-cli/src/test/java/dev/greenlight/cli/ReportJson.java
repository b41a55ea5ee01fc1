package dev.greenlight.cli;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading a report.json in tests. */
final class ReportJson {
    private ReportJson() {
    }

    /** The checklist item with this id. */
    static JsonNode item(JsonNode report, String id) {
        for (JsonNode i : report.get("items")) {
            if (i.get("id").asText().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no item " + id + " in the report");
    }
}
