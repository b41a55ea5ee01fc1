package dev.greenlight.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.greenlight.config.ConfigLoader;
import dev.greenlight.serve.store.Dialect;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The monitor engine's figures over the stored breast-cancer example events, on each store. */
class AnalysisApiTest {
    static final Path EXAMPLE = Path.of("..", "examples", "breast-cancer").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static Iterable<Dialect> dialects() {
        return TestStores.dialects();
    }

    static TestServer exampleServer(Path dir, Dialect d) throws Exception {
        var config = ConfigLoader.load(EXAMPLE.resolve("greenlight.yaml"));
        TestServer s = TestServer.start(config, TestStores.fresh(d, dir), ServeSettings.defaults());
        for (String kind : new String[]{"predictions", "labels"}) {
            var r = s.post("/v1/" + kind, TestServer.INGEST, Files.readString(EXAMPLE.resolve("serve/" + kind
                    + ".ndjson")));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }
        return s;
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void windowsAreTheEnginesHourlyChunksOfTheStoredEvents(Dialect d) throws Exception {
        try (TestServer s = exampleServer(dir, d)) {
            JsonNode w = JSON.readTree(s.get("/v1/windows?from=2026-12-01T00:00:00Z&to=2026-12-02T00:00:00Z",
                    TestServer.READ).body());
            assertThat(w.get("window").asText()).isEqualTo("hour");
            assertThat(w.get("windows")).hasSize(24);
            int rows = 0;
            for (JsonNode x : w.get("windows")) {
                rows += x.get("rows").asInt();
                assertThat(x.get("labelled").asInt()).isEqualTo(x.get("rows").asInt());
            }
            assertThat(rows).isEqualTo(143);
            // golden: scikit-learn's accuracy and ROC AUC per hour (oracle/serve_windows_oracle.py)
            JsonNode oracle = JSON.readTree(AnalysisApiTest.class.getResourceAsStream("/oracle/serve_windows_oracle.json"));
            int checked = 0;
            for (JsonNode x : w.get("windows")) {
                JsonNode o = oracle.get(x.get("start").asText());
                assertThat(o).as("oracle for " + x.get("start")).isNotNull();
                assertThat(x.get("rows").asInt()).isEqualTo(o.get("rows").asInt());
                assertThat(x.at("/realized/accuracy/value").asDouble()).isCloseTo(o.get("accuracy").asDouble(),
                        org.assertj.core.api.Assertions.within(1e-12));
                if (o.has("roc_auc")) {
                    assertThat(x.at("/realized/roc_auc/value").asDouble()).isCloseTo(o.get("roc_auc").asDouble(),
                            org.assertj.core.api.Assertions.within(1e-12));
                    checked++;
                }
            }
            assertThat(checked).isEqualTo(22);
            JsonNode rec = JSON.readTree(s.get("/v1/recommendation", TestServer.READ).body());
            assertThat(rec.get("action").asText()).isIn("none", "investigate", "retrain", "rollback");
            assertThat(JSON.readTree(s.get("/v1/alerts", TestServer.READ).body()).get("alerts").isArray()).isTrue();
            assertThat(s.get("/v1/windows?window=week", TestServer.READ).statusCode()).isEqualTo(400);
            assertThat(s.get("/v1/windows?from=yesterday", TestServer.READ).statusCode()).isEqualTo(400);
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void prometheusGaugesShowTheNewestWindowsFigures(Dialect d) throws Exception {
        try (TestServer s = exampleServer(dir, d)) {
            s.server.latestAnalysis().runOnce();
            JsonNode w = JSON.readTree(s.get("/v1/windows", TestServer.READ).body()).get("windows");
            JsonNode newest = w.get(w.size() - 1);
            String metrics = s.get("/metrics", TestServer.READ).body();
            double accuracy = newest.at("/realized/accuracy/value").asDouble();
            assertThat(metrics).contains("greenlight_window_realized{metric=\"accuracy\"} " + accuracy);
            double coverage = newest.get("labelled").asDouble() / newest.get("rows").asDouble();
            assertThat(metrics).contains("greenlight_window_label_coverage " + coverage)
                    .contains("greenlight_window_drift_statistic{feature=\"mean radius\"}")
                    .contains("greenlight_window_estimated{metric=\"roc_auc\"}")
                    .contains("greenlight_alerts_open");
        }
    }
}
