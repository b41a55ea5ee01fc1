package dev.greenlight.model.remote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.greenlight.config.GreenlightConfig.ModelConfig;
import dev.greenlight.model.Model;
import dev.greenlight.model.ModelException;
import dev.greenlight.model.Predictions;
import dev.greenlight.table.Table;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A model behind an HTTP endpoint. Every call has one deadline, the model's timeout, covering connecting, sending
 * and reading the whole answer: a server that accepts the connection and then stalls fails the call when the
 * deadline passes, it never hangs the run.
 */
final class RemoteModel implements Model {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BODY_PREVIEW = 200;

    private final ModelConfig model;
    private final HttpClient client;
    private final WireProtocol protocol;
    private final List<String> columns;
    private final Duration timeout;

    RemoteModel(ModelConfig model, HttpClient client, WireProtocol protocol, List<String> columns) {
        this.model = model;
        this.client = client;
        this.protocol = protocol;
        this.columns = columns;
        this.timeout = model.timeoutOrDefault();
    }

    @Override
    public Predictions predict(Table rows) {
        byte[] body;
        try {
            body = protocol.request(rows, columns);
        } catch (IOException e) {
            throw ModelException.of(model, "cannot write the request: " + e.getMessage(), e);
        }
        HttpRequest request = HttpRequest.newBuilder(model.url()).timeout(timeout)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<byte[]> response = send(request, rows.rowCount());
        if (response.statusCode() / 100 != 2) {
            throw ModelException.of(model, "answered HTTP " + response.statusCode() + " to " + rows.rowCount()
                    + " row(s): " + preview(response.body()));
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw ModelException.of(model, "answered with malformed JSON (" + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr()) + "): " + preview(response.body()), e);
        } catch (IOException e) {
            throw ModelException.of(model, "answered with an unreadable body: " + e.getMessage(), e);
        }
        if (answer == null || answer.isMissingNode()) {
            throw ModelException.of(model, "answered with an empty body; expected JSON predictions");
        }
        try {
            return protocol.response(answer, rows.rowCount());
        } catch (RemoteAnswerException e) {
            throw ModelException.of(model, "answered in an unexpected shape (" + model.protocol() + "): "
                    + e.getMessage(), e);
        }
    }

    private HttpResponse<byte[]> send(HttpRequest request, int rows) {
        CompletableFuture<HttpResponse<byte[]>> call = client.sendAsync(request,
                HttpResponse.BodyHandlers.ofByteArray());
        try {
            return call.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw ModelException.of(model, "did not answer " + rows + " row(s) within the timeout of "
                    + timeout.toMillis() + " ms (timeout_ms)", e);
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw ModelException.of(model, "the call was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof java.net.http.HttpTimeoutException) {
                throw ModelException.of(model, "did not answer " + rows + " row(s) within the timeout of "
                        + timeout.toMillis() + " ms (timeout_ms)", cause);
            }
            if (cause instanceof ConnectException || cause.getCause() instanceof ConnectException) {
                throw ModelException.of(model, "cannot connect to " + model.url() + " (connection refused: is "
                        + "the server running?)", cause);
            }
            throw ModelException.of(model, "the call to " + model.url() + " failed: " + cause, cause);
        }
    }

    private static String preview(byte[] body) {
        String s = new String(body, StandardCharsets.UTF_8).strip();
        if (s.isEmpty()) {
            return "(empty body)";
        }
        return s.length() > BODY_PREVIEW ? s.substring(0, BODY_PREVIEW) + "..." : s;
    }
}
