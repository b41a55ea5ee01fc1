package dev.greenlight.serve.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.greenlight.serve.FeatureValues;
import dev.greenlight.serve.store.LabelRow;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Checks a batch of {@code {id, label, timestamp}} records, all or nothing like {@link PredictionValidator}. The
 * timestamp (when the label became known) may be left out: then it is the time the server received it.
 */
public final class LabelValidator {

    public List<LabelRow> validate(List<JsonNode> records, long receivedMs) {
        List<RecordError> errors = new ArrayList<>();
        List<LabelRow> rows = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            JsonNode r = records.get(i);
            if (!r.isObject()) {
                errors.add(new RecordError(i, null, "expected an object {id, label, timestamp}, found "
                        + PredictionValidator.kind(r)));
                continue;
            }
            int before = errors.size();
            String id = Ids.read(r, i, errors);
            JsonNode l = r.get("label");
            String label = null;
            if (l == null || l.isNull()) {
                errors.add(new RecordError(i, "label", "missing: expected the true class or value"));
            } else if (!l.isValueNode()) {
                errors.add(new RecordError(i, "label", "expected a class or a number, found "
                        + PredictionValidator.kind(l)));
            } else {
                label = l.asText();
            }
            long ts = receivedMs;
            JsonNode t = r.get("timestamp");
            if (t != null && !t.isNull()) {
                Long parsed = FeatureValues.millis(t);
                if (parsed == null) {
                    errors.add(new RecordError(i, "timestamp", "expected " + FeatureValues.TIME + ", found " + t));
                } else {
                    ts = parsed;
                }
            }
            for (Iterator<String> it = r.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!List.of("id", "label", "timestamp").contains(f)) {
                    errors.add(new RecordError(i, f, "unknown field; a label has id, label and timestamp"));
                }
            }
            if (errors.size() == before) {
                rows.add(new LabelRow(id, label, ts));
            }
        }
        if (!errors.isEmpty()) {
            throw new BatchRejected(400, errors.size() + " error(s) in the batch; nothing of it was written",
                    errors);
        }
        return rows;
    }
}
