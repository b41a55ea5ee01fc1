package dev.greenlight.serve.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

/**
 * A request body holding a batch of records: a JSON array of objects, or NDJSON (one object per line, as
 * {@code application/x-ndjson}). The form is told by the first character that is not white space, so a client
 * need not set the content type. The records are read as a stream of tokens, one field at a time, without a tree
 * per record: ingestion is the service's hot path. A field's value is handed over as the {@link JsonNode} a tree
 * would hold ({@link #value}), so the rules of what a field may hold are written once, over nodes.
 */
public final class BatchBody {
    /** Jackson's fast double parser (FastDoubleParser) rounds as Double.parseDouble does, in a third of the time. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();
    private static final ObjectMapper JSON = new ObjectMapper(FACTORY);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private BatchBody() {
    }

    /** What reads one record: the parser is at the record's first token, and must be left at its last. */
    @FunctionalInterface
    public interface RecordReader {
        void read(int index, JsonParser parser) throws IOException;
    }

    /**
     * Hands each record to {@code reader}, in order; returns how many there were.
     *
     * @throws BatchRejected 400 for an empty or malformed body (with the line and column), 413 past
     *                       {@code maxRecords}
     */
    public static int forEach(byte[] body, int maxRecords, RecordReader reader) {
        int first = 0;
        while (first < body.length && Character.isWhitespace(body[first])) {
            first++;
        }
        if (first == body.length) {
            throw new BatchRejected(400, "empty body: expected a JSON array of records or NDJSON, one record a line");
        }
        int index = 0;
        try (JsonParser p = FACTORY.createParser(body)) {
            boolean array = body[first] == '[';
            if (array) {
                p.nextToken();
            }
            for (JsonToken t = p.nextToken(); t != null && !(array && t == JsonToken.END_ARRAY); t = p.nextToken()) {
                if (index == maxRecords) {
                    throw new BatchRejected(413, "too many records in one request: at least " + (index + 1)
                            + ", the limit is " + maxRecords + " (serve.max_records); split the batch");
                }
                reader.read(index, p);
                index++;
            }
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new BatchRejected(400, "malformed JSON" + where + ": " + e.getOriginalMessage(),
                    List.of(new RecordError(index, null, "malformed JSON" + where
                            + (e instanceof JsonParseException ? "" : ": " + e.getOriginalMessage()))));
        } catch (IOException e) {
            throw new BatchRejected(400, "cannot read the body: " + e.getMessage());
        }
        return index;
    }

    /**
     * The value at the parser's current token, as a tree would hold it: a text, number, boolean or null node for a
     * scalar, the whole tree for an object or array (rare in a valid record, so the cost does not matter).
     */
    public static JsonNode value(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_STRING -> NODES.textNode(p.getText());
            case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                case INT -> NODES.numberNode(p.getIntValue());
                case LONG -> NODES.numberNode(p.getLongValue());
                default -> NODES.numberNode((BigInteger) p.getNumberValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> JSON.readTree(p);
        };
    }

    /** Reads a field whose value is not taken whole: the parser is at the value's first token. */
    @FunctionalInterface
    interface FieldReader {
        void read(JsonParser parser) throws IOException;
    }

    /**
     * Reads the fields of the record at the parser, which must be an object (else returns false with the record's
     * error added): each field of {@code names} into {@code values} at its position (a field given twice counts the
     * last time, as in an object read whole), the field {@code nested} through {@code nestedReader}, and the name
     * of any other field, skipped, to {@code unknown}.
     *
     * @param shape the fields of a record, for the message when the record is no object
     */
    static boolean readFields(JsonParser p, int index, String shape, List<String> names, JsonNode[] values,
                              String nested, FieldReader nestedReader, java.util.function.Consumer<String> unknown,
                              List<RecordError> errors) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            errors.add(new RecordError(index, null, "expected an object " + shape + ", found " + kind(value(p))));
            return false;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            int k = names.indexOf(name);
            if (name.equals(nested)) {
                nestedReader.read(p);
            } else if (k >= 0) {
                values[k] = value(p);
            } else {
                p.skipChildren();
                unknown.accept(name);
            }
        }
        return true;
    }

    /** The kind of a value for messages: {@code object}, {@code array}, {@code string}, {@code number} ... */
    static String kind(JsonNode n) {
        return n.getNodeType().toString().toLowerCase(Locale.ROOT);
    }
}
