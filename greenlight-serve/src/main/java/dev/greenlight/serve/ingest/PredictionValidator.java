package dev.greenlight.serve.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.greenlight.serve.FeatureSchema;
import dev.greenlight.serve.FeatureValues;
import dev.greenlight.serve.store.PredictionRow;
import dev.greenlight.table.ColumnType;
import dev.greenlight.text.Suggestions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a batch of {@code {id, timestamp, features{...}, prediction, score}} records against the feature schema,
 * reading the body as a stream ({@link BatchBody}). The rule is all or nothing per batch: when any record is wrong,
 * the answer lists every wrong record (index and field) and nothing of the batch is written, so a client fixes and
 * resends one batch instead of finding out which half was kept. A field given twice counts once, the last time, as
 * in a JSON object read whole.
 */
public final class PredictionValidator {
    static final List<String> FIELDS = List.of("id", "timestamp", "features", "prediction", "score");

    private final FeatureSchema schema;
    private final String[] names;
    private final ColumnType[] types;
    private final Map<String, Integer> position = new HashMap<>();
    private final boolean scoreIsProbability;

    /**
     * @param scoreIsProbability whether scores must lie in [0, 1] (binary classification)
     */
    public PredictionValidator(FeatureSchema schema, boolean scoreIsProbability) {
        this.schema = schema;
        this.names = schema.types().keySet().toArray(new String[0]);
        this.types = schema.types().values().toArray(new ColumnType[0]);
        for (int i = 0; i < names.length; i++) {
            position.put(names[i], i);
        }
        this.scoreIsProbability = scoreIsProbability;
    }

    /**
     * The batch's rows, or {@link BatchRejected}: 400 with every record's errors (or the place of malformed JSON),
     * 413 past {@code maxRecords}.
     */
    public List<PredictionRow> validate(byte[] body, int maxRecords) {
        List<RecordError> errors = new ArrayList<>();
        List<PredictionRow> rows = new ArrayList<>();
        BatchBody.forEach(body, maxRecords, (i, p) -> {
            PredictionRow row = read(p, i, errors);
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

    private PredictionRow read(JsonParser p, int i, List<RecordError> errors) throws IOException {
        JsonNode[] v = new JsonNode[FIELDS.size()];
        Features[] features = new Features[1];
        List<RecordError> unknown = new ArrayList<>(0);
        if (!BatchBody.readFields(p, i, "{id, timestamp, features, prediction, score}", FIELDS, v, "features",
                q -> features[0] = features(q, i), name -> unknown.add(new RecordError(i, name, "unknown field; a "
                        + "prediction has id, timestamp, features, prediction and score"
                        + Suggestions.didYouMean(name, FIELDS))), errors)) {
            return null;
        }
        JsonNode id = v[0];
        JsonNode t = v[1];
        JsonNode prediction = v[3];
        JsonNode s = v[4];
        int before = errors.size();
        String text = Ids.read(id, i, errors);
        Long ts = null;
        if (t == null || t.isNull()) {
            errors.add(new RecordError(i, "timestamp", "missing: expected " + FeatureValues.TIME));
        } else {
            ts = FeatureValues.millis(t);
            if (ts == null) {
                errors.add(new RecordError(i, "timestamp", "expected " + FeatureValues.TIME + ", found " + t));
            }
        }
        String predicted = null;
        if (prediction != null && !prediction.isNull()) {
            if (prediction.isValueNode()) {
                predicted = prediction.asText();
            } else {
                errors.add(new RecordError(i, "prediction", "expected a class or a number, found "
                        + BatchBody.kind(prediction)));
            }
        }
        Double score = null;
        if (s != null && !s.isNull()) {
            if (!s.isNumber() || !Double.isFinite(s.asDouble())) {
                errors.add(new RecordError(i, "score", "expected a finite number, found " + s));
            } else if (scoreIsProbability && (s.asDouble() < 0 || s.asDouble() > 1)) {
                errors.add(new RecordError(i, "score", "expected a probability in [0, 1], found " + s.asDouble()));
            } else {
                score = s.asDouble();
            }
        }
        if ((prediction == null || prediction.isNull()) && (s == null || s.isNull())) {
            errors.add(new RecordError(i, "prediction", "missing: a record needs a prediction, a score or both"));
        }
        if (features[0] == null) {
            errors.add(new RecordError(i, "features", "missing: expected an object with the features "
                    + String.join(", ", names)));
        } else {
            errors.addAll(features[0].errors);
        }
        errors.addAll(unknown);
        return errors.size() == before ? new PredictionRow(text, ts, predicted, score, features[0].values) : null;
    }

    /** The values of one {@code features} object, typed for the store, and what was wrong with it. */
    private record Features(Object[] values, List<RecordError> errors) {
    }

    private Features features(JsonParser p, int i) throws IOException {
        List<RecordError> errors = new ArrayList<>(0);
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            errors.add(new RecordError(i, "features", "expected an object, found "
                    + BatchBody.kind(BatchBody.value(p))));
            return new Features(null, errors);
        }
        Object[] values = new Object[names.length];
        String[] problems = new String[names.length];
        boolean[] seen = new boolean[names.length];
        List<RecordError> unknown = new ArrayList<>(0);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            Integer k = position.get(name);
            if (k == null) {
                p.skipChildren();
                unknown.add(new RecordError(i, "features." + name, "unknown feature: not a feature column of "
                        + schema.source().getFileName() + Suggestions.didYouMean(name, schema.types().keySet())));
                continue;
            }
            JsonNode v = BatchBody.value(p);
            seen[k] = true;
            problems[k] = FeatureValues.problem(v, types[k]);
            values[k] = problems[k] == null ? FeatureValues.stored(v, types[k]) : null;
        }
        for (int k = 0; k < names.length; k++) {
            if (!seen[k]) {
                errors.add(new RecordError(i, "features." + names[k], "missing: every feature of "
                        + schema.source().getFileName() + " is expected (send null for a missing value)"));
            } else if (problems[k] != null) {
                errors.add(new RecordError(i, "features." + names[k], problems[k]));
            }
        }
        errors.addAll(unknown);
        return new Features(values, errors);
    }
}
