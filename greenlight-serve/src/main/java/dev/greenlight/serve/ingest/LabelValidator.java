package dev.greenlight.serve.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.greenlight.serve.FeatureValues;
import dev.greenlight.serve.store.LabelRow;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a batch of {@code {id, label, timestamp}} records, all or nothing like {@link PredictionValidator}. The
 * timestamp (when the label became known) may be left out: then it is the time the server received it.
 */
public final class LabelValidator {

    /** The batch's rows, or {@link BatchRejected} (400 with every record's errors, 413 past maxRecords). */
    public List<LabelRow> validate(byte[] body, int maxRecords, long receivedMs) {
        List<RecordError> errors = new ArrayList<>();
        List<LabelRow> rows = new ArrayList<>();
        BatchBody.forEach(body, maxRecords, (i, p) -> {
            LabelRow row = read(p, i, receivedMs, errors);
            if (row != null) {
                rows.add(row);
            }
        });
        if (!errors.isEmpty()) {
            throw new BatchRejected(400, errors.size() + " error(s) in the batch; nothing of it was written",
                    errors);
        }
        return rows;
    }

    private static final List<String> FIELDS = List.of("id", "label", "timestamp");

    private static LabelRow read(JsonParser p, int i, long receivedMs, List<RecordError> errors) throws IOException {
        JsonNode[] v = new JsonNode[FIELDS.size()];
        List<RecordError> unknown = new ArrayList<>(0);
        if (!BatchBody.readFields(p, i, "{id, label, timestamp}", FIELDS, v, null, null, name -> unknown.add(
                new RecordError(i, name, "unknown field; a label has id, label and timestamp")), errors)) {
            return null;
        }
        JsonNode id = v[0];
        JsonNode l = v[1];
        JsonNode t = v[2];
        int before = errors.size();
        String text = Ids.read(id, i, errors);
        String label = null;
        if (l == null || l.isNull()) {
            errors.add(new RecordError(i, "label", "missing: expected the true class or value"));
        } else if (!l.isValueNode()) {
            errors.add(new RecordError(i, "label", "expected a class or a number, found " + BatchBody.kind(l)));
        } else {
            label = l.asText();
        }
        long ts = receivedMs;
        if (t != null && !t.isNull()) {
            Long parsed = FeatureValues.millis(t);
            if (parsed == null) {
                errors.add(new RecordError(i, "timestamp", "expected " + FeatureValues.TIME + ", found " + t));
            } else {
                ts = parsed;
            }
        }
        errors.addAll(unknown);
        return errors.size() == before ? new LabelRow(text, label, ts) : null;
    }
}
