package dev.greenlight.serve.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.greenlight.serve.FeatureSchema;
import dev.greenlight.serve.FeatureValues;
import dev.greenlight.serve.store.PredictionRow;
import dev.greenlight.table.ColumnType;
import dev.greenlight.text.Suggestions;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a batch of {@code {id, timestamp, features{...}, prediction, score}} records against the feature schema.
 * The rule is all or nothing per batch: when any record is wrong, the answer lists every wrong record (index and
 * field) and nothing of the batch is written, so a client fixes and resends one batch instead of finding out
 * which half was kept.
 */
public final class PredictionValidator {
    private final FeatureSchema schema;
    private final List<Map.Entry<String, ColumnType>> features;
    private final boolean scoreIsProbability;

    /**
     * @param scoreIsProbability whether scores must lie in [0, 1] (binary classification)
     */
    public PredictionValidator(FeatureSchema schema, boolean scoreIsProbability) {
        this.schema = schema;
        this.features = List.copyOf(schema.types().entrySet());
        this.scoreIsProbability = scoreIsProbability;
    }

    /** The batch's rows, or {@link BatchRejected} (400) with every record's errors. */
    public List<PredictionRow> validate(List<JsonNode> records) {
        List<RecordError> errors = new ArrayList<>();
        List<PredictionRow> rows = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            PredictionRow row = read(records.get(i), i, errors);
            if (row != null) {
                rows.add(row);
            }
        }
        if (!errors.isEmpty()) {
            throw new BatchRejected(400, errors.size() + " error(s) in the batch; nothing of it was written",
                    errors);
        }
        return rows;
    }

    private PredictionRow read(JsonNode r, int i, List<RecordError> errors) {
        if (!r.isObject()) {
            errors.add(new RecordError(i, null, "expected an object {id, timestamp, features, prediction, score}, "
                    + "found " + kind(r)));
            return null;
        }
        int before = errors.size();
        String id = Ids.read(r, i, errors);
        Long ts = null;
        JsonNode t = r.get("timestamp");
        if (t == null || t.isNull()) {
            errors.add(new RecordError(i, "timestamp", "missing: expected " + FeatureValues.TIME));
        } else {
            ts = FeatureValues.millis(t);
            if (ts == null) {
                errors.add(new RecordError(i, "timestamp", "expected " + FeatureValues.TIME + ", found "
                        + t.toString()));
            }
        }
        String prediction = null;
        JsonNode p = r.get("prediction");
        if (p != null && !p.isNull()) {
            if (p.isValueNode()) {
                prediction = p.asText();
            } else {
                errors.add(new RecordError(i, "prediction", "expected a class or a number, found " + kind(p)));
            }
        }
        Double score = null;
        JsonNode s = r.get("score");
        if (s != null && !s.isNull()) {
            if (!s.isNumber() || !Double.isFinite(s.asDouble())) {
                errors.add(new RecordError(i, "score", "expected a finite number, found " + s));
            } else if (scoreIsProbability && (s.asDouble() < 0 || s.asDouble() > 1)) {
                errors.add(new RecordError(i, "score", "expected a probability in [0, 1], found " + s.asDouble()));
            } else {
                score = s.asDouble();
            }
        }
        if ((p == null || p.isNull()) && (s == null || s.isNull())) {
            errors.add(new RecordError(i, "prediction", "missing: a record needs a prediction, a score or both"));
        }
        Object[] values = features(r.get("features"), i, errors);
        for (Iterator<String> it = r.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!List.of("id", "timestamp", "features", "prediction", "score").contains(f)) {
                errors.add(new RecordError(i, f, "unknown field; a prediction has id, timestamp, features, "
                        + "prediction and score" + Suggestions.didYouMean(f, List.of("id", "timestamp", "features",
                        "prediction", "score"))));
            }
        }
        return errors.size() == before ? new PredictionRow(id, ts, prediction, score, values) : null;
    }

    /** The record's feature values in the schema's order, typed for the store; null when any is wrong. */
    private Object[] features(JsonNode f, int i, List<RecordError> errors) {
        if (f == null || f.isNull()) {
            errors.add(new RecordError(i, "features", "missing: expected an object with the features "
                    + String.join(", ", schema.types().keySet())));
            return null;
        }
        if (!f.isObject()) {
            errors.add(new RecordError(i, "features", "expected an object, found " + kind(f)));
            return null;
        }
        Object[] out = new Object[features.size()];
        for (int k = 0; k < out.length; k++) {
            Map.Entry<String, ColumnType> e = features.get(k);
            JsonNode v = f.get(e.getKey());
            String field = "features." + e.getKey();
            if (v == null) {
                errors.add(new RecordError(i, field, "missing: every feature of " + schema.source().getFileName()
                        + " is expected (send null for a missing value)"));
                continue;
            }
            String problem = FeatureValues.problem(v, e.getValue());
            if (problem != null) {
                errors.add(new RecordError(i, field, problem));
            } else {
                out[k] = FeatureValues.stored(v, e.getValue());
            }
        }
        for (Iterator<String> it = f.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!schema.types().containsKey(name)) {
                errors.add(new RecordError(i, "features." + name, "unknown feature: not a feature column of "
                        + schema.source().getFileName() + Suggestions.didYouMean(name, schema.types().keySet())));
            }
        }
        return out;
    }

    static String kind(JsonNode n) {
        return n.getNodeType().toString().toLowerCase(Locale.ROOT);
    }
}
