package dev.greenlight.serve.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.greenlight.monitor.Alert;
import dev.greenlight.monitor.MonitorResult;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Sends each new alert to a webhook as a JSON POST. De-duplication: an alert (kind, name, window) is sent once,
 * however often the windows are analysed again. Cool-down: after an alert of a kind and name is sent, further
 * alerts of the same kind and name are held back for the cool-down, so a feature that drifts every hour pages once
 * and not every hour. An alert the webhook did not take (no 2xx) is tried again at the next analysis. Every alert
 * is in {@code /v1/alerts} whether sent or not.
 */
public final class AlertWebhook {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int REMEMBERED = 100_000;

    private final URI url;
    private final Duration coolDown;
    private final String model;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Set<String> sent = new LinkedHashSet<>();
    private final Map<String, Long> lastSentMs = new HashMap<>();
    private long delivered;
    private long failed;

    public AlertWebhook(URI url, Duration coolDown, String model, Clock clock) {
        this.url = url;
        this.coolDown = coolDown;
        this.model = model;
        this.clock = clock;
    }

    /** Sends the result's alerts not sent before and not within a cool-down; returns how many were delivered. */
    public synchronized int notify(MonitorResult result) {
        int n = 0;
        for (Alert a : result.alerts()) {
            ObjectNode body = AnalysisJson.alert(a, result);
            String key = a.kind().key() + "|" + a.name() + "|" + body.path("window_start").asText("");
            String series = a.kind().key() + "|" + a.name();
            if (sent.contains(key)) {
                continue;
            }
            long now = clock.millis();
            Long last = lastSentMs.get(series);
            if (last != null && now - last < coolDown.toMillis()) {
                remember(key);
                continue;
            }
            ObjectNode payload = JSON.createObjectNode();
            payload.put("model", model);
            payload.set("alert", body);
            if (post(payload)) {
                remember(key);
                lastSentMs.put(series, now);
                delivered++;
                n++;
            } else {
                failed++;
            }
        }
        return n;
    }

    private void remember(String key) {
        sent.add(key);
        if (sent.size() > REMEMBERED) {
            sent.remove(sent.iterator().next());
        }
    }

    private boolean post(ObjectNode payload) {
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(payload.toString())).build(),
                    HttpResponse.BodyHandlers.discarding());
            return r.statusCode() / 100 == 2;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public synchronized long delivered() {
        return delivered;
    }

    public synchronized long failed() {
        return failed;
    }
}
