package dev.greenlight.model.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.greenlight.config.GreenlightConfig.ModelConfig;
import dev.greenlight.config.GreenlightConfig.ModelOutputs;
import dev.greenlight.model.Fixtures;
import dev.greenlight.model.Model;
import dev.greenlight.model.ModelException;
import dev.greenlight.model.Models;
import dev.greenlight.model.Predictions;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.greenlight.model.Fixtures.maxAbsDiff;
import static dev.greenlight.model.Fixtures.numbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Remote models against an HTTP server in this JVM. The scoring servers compute the breast-cancer logistic
 * regression from the rows they receive, so the adapter's round trip is checked against scikit-learn's values
 * (to float32 precision, the Open Inference tensor's type). The failing servers show that a down, slow, stalled
 * or confused endpoint gives a precise error within the timeout.
 */
class RemoteModelTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, List<String>> EXPECTED = Fixtures.expected(Fixtures.breastCancer(
            "models/expected_test.csv"));
    private static final Table TEST = Fixtures.read(Fixtures.breastCancer("test.csv"));
    private static final Model REFERENCE = Models.load(Fixtures.jvm("reference", "logistic-regression",
            Fixtures.breastCancer("models/logreg.json")), Fixtures.binary());

    /** The logistic regression on rows given as lists of the 30 features. */
    private static Predictions score(List<double[]> rows) {
        List<NumericColumn> cols = new ArrayList<>();
        for (int j = 0; j < Fixtures.BREAST_CANCER_FEATURES.size(); j++) {
            double[] v = new double[rows.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = rows.get(i)[j];
            }
            cols.add(NumericColumn.of(Fixtures.BREAST_CANCER_FEATURES.get(j), v));
        }
        return REFERENCE.predict(Table.of(cols));
    }

    private static void openInference(HttpExchange ex) throws IOException {
        JsonNode input = JSON.readTree(ex.getRequestBody()).get("inputs").get(0);
        assertThat(input.get("name").asText()).isEqualTo("input-0");
        assertThat(input.get("datatype").asText()).isEqualTo("FP32");
        int n = input.get("shape").get(0).asInt();
        int f = input.get("shape").get(1).asInt();
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] r = new double[f];
            for (int j = 0; j < f; j++) {
                r[j] = input.get("data").get(i * f + j).asDouble();
            }
            rows.add(r);
        }
        Predictions p = score(rows);
        ObjectNode answer = JSON.createObjectNode().put("model_name", "logreg");
        ArrayNode outputs = answer.putArray("outputs");
        ObjectNode label = outputs.addObject().put("name", "label").put("datatype", "INT64");
        label.putArray("shape").add(n);
        ArrayNode labels = label.putArray("data");
        ObjectNode probs = outputs.addObject().put("name", "probabilities").put("datatype", "FP64");
        probs.putArray("shape").add(n).add(2);
        ArrayNode data = probs.putArray("data");
        for (int i = 0; i < n; i++) {
            labels.add(Long.parseLong(p.labels()[i]));
            data.add(p.probabilities()[0][i]).add(p.probabilities()[1][i]);
        }
        TestServer.reply(ex, 200, answer.toString());
    }

    private static void mlflow(HttpExchange ex) throws IOException {
        JsonNode split = JSON.readTree(ex.getRequestBody()).get("dataframe_split");
        assertThat(split.get("columns").get(0).asText()).isEqualTo("mean radius");
        List<double[]> rows = new ArrayList<>();
        for (JsonNode r : split.get("data")) {
            double[] v = new double[r.size()];
            for (int j = 0; j < v.length; j++) {
                v[j] = r.get(j).asDouble();
            }
            rows.add(v);
        }
        Predictions p = score(rows);
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode list = answer.putArray("predictions");
        for (int i = 0; i < p.rows(); i++) {
            list.addArray().add(p.probabilities()[0][i]).add(p.probabilities()[1][i]);
        }
        TestServer.reply(ex, 200, answer.toString());
    }

    private static Model load(URI url, String protocol, Duration timeout) {
        return Models.load(Fixtures.remote("served", url, protocol, timeout), Fixtures.binary());
    }

    @Test
    void openInferenceProtocolRoundTripGivesScikitLearnsPredictions() throws Exception {
        try (TestServer server = new TestServer("/v2/models/logreg/infer", RemoteModelTest::openInference);
             Model m = load(server.uri("/v2/models/logreg/infer"), "open-inference", Duration.ofSeconds(10))) {
            Predictions p = m.predict(TEST);
            // the request carries float32 features, as most served models take them
            assertThat(maxAbsDiff(p.probabilities()[1], numbers(EXPECTED.get("logreg_p1")))).isLessThan(1e-5);
            assertThat(p.labels()).containsExactlyElementsOf(EXPECTED.get("logreg_label"));
        }
    }

    @Test
    void mlflowInvocationsRoundTripGivesScikitLearnsProbabilities() throws Exception {
        try (TestServer server = new TestServer("/invocations", RemoteModelTest::mlflow);
             Model m = load(server.uri("/invocations"), "mlflow", Duration.ofSeconds(10))) {
            Predictions p = m.predict(TEST);
            assertThat(p.labels()).isNull();
            assertThat(maxAbsDiff(p.probabilities()[1], numbers(EXPECTED.get("logreg_p1")))).isLessThan(1e-12);
        }
    }

    @Test
    void mlflowObjectsAreReadByTheDeclaredOutputNames() throws Exception {
        String answer = "{\"predictions\": [{\"label\": 1, \"proba\": [0.25, 0.75]}, "
                + "{\"label\": 0, \"proba\": [0.9, 0.1]}]}";
        try (TestServer server = new TestServer("/invocations", ex -> TestServer.reply(ex, 200, answer))) {
            ModelConfig c = Fixtures.remote("served", server.uri("/invocations"), "mlflow", Duration.ofSeconds(5));
            ModelConfig named = new ModelConfig(c.name(), c.type(), c.role(), null, c.url(), c.protocol(), null, null,
                    new ModelOutputs("label", "proba", null, null), c.timeout(), null, null, null, Map.of());
            try (Model m = Models.load(named, Fixtures.binary())) {
                Predictions p = m.predict(TEST.select(new int[]{0, 1}));
                assertThat(p.labels()).containsExactly("1", "0");
                assertThat(p.probabilities()[1]).containsExactly(0.75, 0.1);
            }
            try (Model m = load(server.uri("/invocations"), "mlflow", Duration.ofSeconds(5))) {
                assertThatThrownBy(() -> m.predict(TEST.select(new int[]{0, 1}))).isInstanceOf(ModelException.class)
                        .hasMessageContaining("each prediction is an object with keys [label, proba]; name the "
                                + "field(s) to read under 'outputs'");
            }
        }
    }

    @Test
    void anEndpointThatIsDownIsNamed() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + port + "/v2/models/x/infer");
        try (Model m = load(url, "open-inference", Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> m.predict(TEST)).isInstanceOf(ModelException.class)
                    .hasMessageStartingWith("model 'served' (remote, " + url + "): cannot connect to " + url
                            + " (connection refused: is the server running?)");
        }
    }

    @Test
    void aSlowEndpointTimesOutAtTheDeadline() throws Exception {
        try (TestServer server = new TestServer("/infer", ex -> sleep(5_000));
             Model m = load(server.uri("/infer"), "open-inference", Duration.ofMillis(300))) {
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> m.predict(TEST)).isInstanceOf(ModelException.class)
                    .hasMessageContaining("did not answer 143 row(s) within the timeout of 300 ms (timeout_ms)");
            assertThat((System.nanoTime() - t0) / 1e9).as("seconds until the error").isLessThan(3);
        }
    }

    @Test
    void anEndpointThatStallsAfterTheHeadersStillTimesOut() throws Exception {
        try (TestServer server = new TestServer("/infer", ex -> {
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            out.write("{\"outputs\": [".getBytes(StandardCharsets.UTF_8));
            out.flush();
            sleep(5_000);
        }); Model m = load(server.uri("/infer"), "open-inference", Duration.ofMillis(300))) {
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> m.predict(TEST)).isInstanceOf(ModelException.class)
                    .hasMessageContaining("within the timeout of 300 ms");
            assertThat((System.nanoTime() - t0) / 1e9).as("seconds until the error").isLessThan(3);
        }
    }

    @Test
    void malformedJsonIsQuotedWithWhereItBroke() throws Exception {
        try (TestServer server = new TestServer("/infer", ex -> TestServer.reply(ex, 200, "{\"outputs\": [{\"name\""));
             Model m = load(server.uri("/infer"), "open-inference", Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> m.predict(TEST)).isInstanceOf(ModelException.class)
                    .hasMessageContaining("answered with malformed JSON (Unexpected end-of-input")
                    .hasMessageContaining("at line 1, column 21): {\"outputs\": [{\"name\"");
        }
    }

    @Test
    void anAnswerOfTheWrongShapeSaysWhatWasExpected() throws Exception {
        try (TestServer server = new TestServer("/infer", ex -> TestServer.reply(ex, 200, "{\"predictions\": [1]}"));
             Model m = load(server.uri("/infer"), "open-inference", Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> m.predict(TEST)).isInstanceOf(ModelException.class)
                    .hasMessageContaining("answered in an unexpected shape (open-inference): expected an 'outputs' "
                            + "list (Open Inference Protocol v2), found an object with keys [predictions]");
        }
        String short1 = "{\"outputs\": [{\"name\": \"label\", \"datatype\": \"INT64\", \"shape\": [2], "
                + "\"data\": [1, 0]}]}";
        try (TestServer server = new TestServer("/infer", ex -> TestServer.reply(ex, 200, short1));
             Model m = load(server.uri("/infer"), "open-inference", Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> m.predict(TEST)).isInstanceOf(ModelException.class)
                    .hasMessageContaining("output 'label' has shape [2]; expected 143 rows first");
        }
        try (TestServer server = new TestServer("/invocations", ex -> TestServer.reply(ex, 200,
                "{\"predictions\": [1, 0]}")); Model m = load(server.uri("/invocations"), "mlflow",
                Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> m.predict(TEST)).isInstanceOf(ModelException.class)
                    .hasMessageContaining("returned 2 predictions for 143 rows");
        }
    }

    @Test
    void anHttpErrorQuotesTheBody() throws Exception {
        try (TestServer server = new TestServer("/infer", ex -> TestServer.reply(ex, 500,
                "{\"error\": \"model not loaded\"}"));
             Model m = load(server.uri("/infer"), "open-inference", Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> m.predict(TEST)).isInstanceOf(ModelException.class)
                    .hasMessageContaining("answered HTTP 500 to 143 row(s): {\"error\": \"model not loaded\"}");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
