package dev.greenlight.serve.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.greenlight.serve.ingest.BatchRejected;
import dev.greenlight.serve.ingest.RecordError;
import io.javalin.http.Context;

/** Every JSON answer, errors included, is written here: {@code {"error": ..., "errors": [{index, field, message}]}}. */
final class ApiResponses {
    static final ObjectMapper JSON = new ObjectMapper();

    private ApiResponses() {
    }

    static void json(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void error(Context ctx, int status, String message) {
        ObjectNode o = JSON.createObjectNode();
        o.put("error", message);
        json(ctx, status, o);
    }

    static void rejected(Context ctx, BatchRejected e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("error", e.getMessage());
        if (!e.errors().isEmpty()) {
            ArrayNode errors = o.putArray("errors");
            for (RecordError r : e.errors()) {
                ObjectNode x = errors.addObject();
                x.put("index", r.index());
                if (r.field() != null) {
                    x.put("field", r.field());
                }
                x.put("message", r.message());
            }
        }
        json(ctx, e.status(), o);
    }
}
