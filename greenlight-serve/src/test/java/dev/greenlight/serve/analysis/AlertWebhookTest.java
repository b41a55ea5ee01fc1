package dev.greenlight.serve.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.greenlight.config.ConfigLoader;
import dev.greenlight.monitor.MonitorResult;
import dev.greenlight.serve.FeatureSchema;
import dev.greenlight.serve.TestStores;
import dev.greenlight.serve.store.Dialect;
import dev.greenlight.serve.store.EventStore;
import dev.greenlight.serve.store.WriteOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class AlertWebhookTest {
    static final Path EXAMPLE = Path.of("..", "examples", "breast-cancer").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    /** The breast-cancer example's stored events, analysed by the engine. */
    private MonitorResult exampleResult() throws Exception {
        var config = ConfigLoader.load(EXAMPLE.resolve("greenlight.yaml"));
        var schema = FeatureSchema.of(config);
        try (EventStore store = EventStore.open(TestStores.fresh(Dialect.DUCKDB, dir), schema)) {
            var validator = new dev.greenlight.serve.ingest.PredictionValidator(schema, true);
            var predictions = validator.validate(Files.readAllBytes(EXAMPLE.resolve("serve/predictions.ndjson")),
                    1000);
            var labels = new dev.greenlight.serve.ingest.LabelValidator().validate(Files.readAllBytes(
                    EXAMPLE.resolve("serve/labels.ndjson")), 1000, 0);
            WriteOutcome written = store.write(predictions, labels);
            return new LiveMonitor(config, schema, store, new WindowResults(written.after().writes())).analyse(null, null, WindowSize.HOUR).result().orElseThrow();
        }
    }

    @Test
    void eachAlertIsPostedOnceAndASeriesWaitsOutItsCoolDown() throws Exception {
        MonitorResult result = exampleResult();
        assertThat(result.alerts()).as("the example has alerts to send").isNotEmpty();
        List<JsonNode> received = new CopyOnWriteArrayList<>();
        HttpServer hook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hook.createContext("/hook", ex -> {
            received.add(new ObjectMapper().readTree(new String(ex.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8)));
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        hook.start();
        try {
            URI url = URI.create("http://127.0.0.1:" + hook.getAddress().getPort() + "/hook");
            Set<String> series = new HashSet<>();
            result.alerts().forEach(a -> series.add(a.kind().key() + "|" + a.name()));

            AlertWebhook noCoolDown = new AlertWebhook(url, Duration.ZERO, "breast-cancer-gbm", Clock.systemUTC());
            int first = noCoolDown.notify(result);
            assertThat(first).isEqualTo(received.size());
            assertThat(noCoolDown.notify(result)).as("de-duplicated: nothing new").isZero();
            assertThat(received).allSatisfy(j -> {
                assertThat(j.get("model").asText()).isEqualTo("breast-cancer-gbm");
                assertThat(j.at("/alert/message").asText()).isNotBlank();
            });

            received.clear();
            AlertWebhook hourly = new AlertWebhook(url, Duration.ofHours(1), "m",
                    Clock.fixed(Instant.parse("2026-12-02T00:00:00Z"), ZoneOffset.UTC));
            hourly.notify(result);
            assertThat(received).as("one alert per kind and name within the cool-down").hasSize(series.size());
        } finally {
            hook.stop(0);
        }
    }

    @Test
    void anAlertTheWebhookRefusedIsTriedAgain() throws Exception {
        MonitorResult result = exampleResult();
        AlertWebhook down = new AlertWebhook(URI.create("http://127.0.0.1:9/unreachable"), Duration.ZERO, "m",
                Clock.systemUTC());
        assertThat(down.notify(result)).isZero();
        assertThat(down.failed()).isEqualTo(result.alerts().size());
        down.notify(result);
        assertThat(down.failed()).isEqualTo(2L * result.alerts().size());
    }
}
