package dev.greenlight.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.greenlight.serve.store.Dialect;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP API end to end, over a real server and each store (the same suite for DuckDB and PostgreSQL). */
class ServeApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static Iterable<Dialect> dialects() {
        return TestStores.dialects();
    }

    private TestServer server(Dialect d) {
        return TestServer.start(dir, TestStores.fresh(d, dir));
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    private static Map<String, Long> stats(TestServer s) throws Exception {
        JsonNode n = json(s.get("/v1/stats", TestServer.READ));
        return Map.of("predictions", n.get("predictions").asLong(), "labels", n.get("labels").asLong(),
                "joined", n.get("joined").asLong());
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void aJsonArrayIsCommittedBeforeTheAnswerAndResendingItAddsNothing(Dialect d) throws Exception {
        try (TestServer s = server(d)) {
            String batch = "[" + TestServer.prediction("a1", 12, "basic", 0.7) + ","
                    + TestServer.prediction("a2", 30, "pro", 0.2) + "]";
            HttpResponse<String> r = s.post("/v1/predictions", TestServer.INGEST, batch);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(json(r).get("accepted").asInt()).isEqualTo(2);
            assertThat(stats(s)).containsEntry("predictions", 2L);

            assertThat(s.post("/v1/predictions", TestServer.INGEST, batch).statusCode()).isEqualTo(200);
            assertThat(stats(s)).containsEntry("predictions", 2L);
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void ndjsonWorksAndADuplicateIdInsideOneBatchIsStoredOnce(Dialect d) throws Exception {
        try (TestServer s = server(d)) {
            String body = TestServer.prediction("n1", 1, "plus", 0.9) + "\n" + TestServer.prediction("n2", 2, "plus",
                    0.1) + "\n" + TestServer.prediction("n1", 3, "pro", 0.3) + "\n";
            HttpResponse<String> r = s.post("/v1/predictions", TestServer.INGEST, body);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(stats(s)).containsEntry("predictions", 2L);
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void aLabelForAnUnknownIdIsKeptAndJoinedWhenItsPredictionArrives(Dialect d) throws Exception {
        try (TestServer s = server(d)) {
            HttpResponse<String> r = s.post("/v1/labels", TestServer.INGEST,
                    "[{\"id\":\"late\",\"label\":\"churn\",\"timestamp\":\"2026-12-03T00:00:00Z\"},"
                            + "{\"id\":7,\"label\":\"stay\"}]");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(stats(s)).isEqualTo(Map.of("predictions", 0L, "labels", 2L, "joined", 0L));

            s.post("/v1/predictions", TestServer.INGEST, "[" + TestServer.prediction("late", 5, "basic", 0.8) + "]");
            assertThat(stats(s)).isEqualTo(Map.of("predictions", 1L, "labels", 2L, "joined", 1L));
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void invalidRecordsAreReportedByIndexAndFieldAndNothingOfTheBatchIsWritten(Dialect d) throws Exception {
        try (TestServer s = server(d)) {
            String bad = "[" + TestServer.prediction("ok", 1, "basic", 0.5) + ","
                    + "{\"id\":\"b\",\"timestamp\":\"yesterday\",\"features\":{\"tenure_months\":\"ten\","
                    + "\"monthly_fee\":1,\"plan\":\"pro\",\"colour\":\"red\"},\"score\":1.5}]";
            HttpResponse<String> r = s.post("/v1/predictions", TestServer.INGEST, bad);
            assertThat(r.statusCode()).isEqualTo(400);
            JsonNode errors = json(r).get("errors");
            Map<String, String> byField = new java.util.TreeMap<>();
            for (Iterator<JsonNode> it = errors.elements(); it.hasNext(); ) {
                JsonNode e = it.next();
                assertThat(e.get("index").asInt()).isEqualTo(1);
                byField.put(e.get("field").asText(), e.get("message").asText());
            }
            assertThat(byField).containsOnlyKeys("timestamp", "features.tenure_months", "features.colour",
                    "score");
            assertThat(byField.get("features.tenure_months")).contains("expected a number");
            assertThat(byField.get("features.colour")).contains("unknown feature");
            assertThat(byField.get("score")).contains("[0, 1]");
            assertThat(stats(s)).containsEntry("predictions", 0L);
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void tokensAreRequiredAndScoped(Dialect d) throws Exception {
        try (TestServer s = server(d)) {
            String one = "[" + TestServer.prediction("t", 1, "basic", 0.5) + "]";
            HttpResponse<String> none = s.post("/v1/predictions", null, one);
            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v ->
                    assertThat(v).startsWith("Bearer"));
            assertThat(s.post("/v1/predictions", "wrong-token", one).statusCode()).isEqualTo(401);
            assertThat(s.post("/v1/predictions", TestServer.READ, one).statusCode()).isEqualTo(403);
            assertThat(s.get("/v1/stats", TestServer.INGEST).statusCode()).isEqualTo(403);
            assertThat(s.post("/v1/predictions", TestServer.ADMIN, one).statusCode()).isEqualTo(200);
            assertThat(s.get("/v1/stats", TestServer.ADMIN).statusCode()).isEqualTo(200);
            assertThat(s.get("/health", null).statusCode()).isEqualTo(200);
            HttpResponse<String> ready = s.get("/ready", null);
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).doesNotContain(TestServer.READ, TestServer.INGEST, TestServer.ADMIN);
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void metricsCountWhatWasCommittedAndRejected(Dialect d) throws Exception {
        try (TestServer s = server(d)) {
            s.post("/v1/predictions", TestServer.INGEST, "[" + TestServer.prediction("m1", 1, "basic", 0.5) + ","
                    + TestServer.prediction("m2", 1, "basic", 0.5) + "]");
            s.post("/v1/predictions", TestServer.INGEST, "[{\"id\":\"x\"}]");
            HttpResponse<String> m = s.get("/metrics", TestServer.READ);
            assertThat(m.statusCode()).isEqualTo(200);
            assertThat(m.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
            assertThat(m.body()).contains("greenlight_ingest_predictions_total 2.0")
                    .contains("greenlight_ingest_rejected_total{reason=\"invalid\"} 1.0")
                    .contains("greenlight_ingest_batch_seconds_count{kind=\"predictions\"} 1")
                    .contains("greenlight_write_queue_depth");
            assertThat(s.get("/metrics", null).statusCode()).isEqualTo(401);
            // a second after the write, with no batch waiting, the store's housekeeping runs once, timed
            long deadline = System.nanoTime() + 20_000_000_000L;
            String body = m.body();
            while (!body.contains("greenlight_store_housekeeping_seconds_count 1") && System.nanoTime() < deadline) {
                Thread.sleep(100);
                body = s.get("/metrics", TestServer.READ).body();
            }
            assertThat(body).contains("greenlight_store_housekeeping_seconds_count 1");
        }
    }
}
