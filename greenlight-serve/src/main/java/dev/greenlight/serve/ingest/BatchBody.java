package dev.greenlight.serve.ingest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A request body holding a batch of records: a JSON array of objects, or NDJSON (one object per line, as
 * {@code application/x-ndjson}). The form is told by the first character that is not white space, so a client
 * need not set the content type.
 */
public final class BatchBody {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BatchBody() {
    }

    public static List<JsonNode> parse(byte[] body, int maxRecords) {
        int first = 0;
        while (first < body.length && Character.isWhitespace(body[first])) {
            first++;
        }
        if (first == body.length) {
            throw new BatchRejected(400, "empty body: expected a JSON array of records or NDJSON, one record a line");
        }
        List<JsonNode> records = new ArrayList<>();
        try {
            if (body[first] == '[') {
                JsonNode root = JSON.readTree(body);
                if (root.size() > maxRecords) {
                    throw tooMany(root.size(), maxRecords);
                }
                root.forEach(records::add);
            } else {
                try (MappingIterator<JsonNode> it = JSON.readerFor(JsonNode.class).readValues(body)) {
                    while (it.hasNextValue()) {
                        records.add(it.nextValue());
                        if (records.size() > maxRecords) {
                            throw tooMany(records.size(), maxRecords);
                        }
                    }
                }
            }
        } catch (JsonProcessingException e) {
            int index = records.size();
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new BatchRejected(400, "malformed JSON" + where + ": " + e.getOriginalMessage(),
                    List.of(new RecordError(index, null, "malformed JSON" + where
                            + (e instanceof JsonParseException ? "" : ": " + e.getOriginalMessage()))));
        } catch (IOException e) {
            throw new BatchRejected(400, "cannot read the body: " + e.getMessage());
        }
        return records;
    }

    private static BatchRejected tooMany(int found, int max) {
        return new BatchRejected(413, "too many records in one request: at least " + found + ", the limit is " + max
                + " (serve.max_records); split the batch");
    }
}
