package dev.greenlight.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.greenlight.serve.store.Dialect;
import dev.greenlight.serve.store.StoreLocation;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures of whole windows are kept between queries, and a late label or a late prediction makes its window be
 * analysed again: the figures a warm server answers are the ones a cold server computes from the store.
 */
class WindowFiguresTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RANGE = "/v1/windows?from=2026-12-01T10:00:00Z&to=2026-12-01T12:00:00Z";

    @TempDir
    Path dir;

    static Iterable<Dialect> dialects() {
        return TestStores.dialects();
    }

    /** Predictions {@code first..first+n-1} at minute {@code i} of the hour from 10:00 or 11:00. */
    private static String predictions(int hour, int first, int n) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            int k = first + i;
            b.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "{\"id\":\"p%d\",\"timestamp\":"
                            + "\"2026-12-01T%02d:%02d:00Z\",\"features\":{\"tenure_months\":%d,\"monthly_fee\":%d.5,"
                            + "\"plan\":\"%s\"},\"prediction\":\"%s\",\"score\":%s}", k, hour, i % 60, 1 + k % 40,
                    30 + k % 50, k % 3 == 0 ? "basic" : "pro", k % 2 == 0 ? "churn" : "stay", k % 2 == 0 ? "0.8"
                            : "0.3"));
        }
        return b.append("]").toString();
    }

    /** Labels of predictions {@code first..first+n-1}: the first {@code right} agree with the prediction. */
    private static String labels(int first, int n, int right) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            int k = first + i;
            boolean churn = (k % 2 == 0) == (i < right);
            b.append(i == 0 ? "" : ",").append("{\"id\":\"p").append(k).append("\",\"label\":\"")
                    .append(churn ? "churn" : "stay").append("\"}");
        }
        return b.append("]").toString();
    }

    private static JsonNode windows(TestServer s) throws Exception {
        var r = s.get(RANGE, TestServer.READ);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).get("windows");
    }

    private static void post(TestServer s, String kind, String body) {
        var r = s.post("/v1/" + kind, TestServer.INGEST, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void aLateLabelChangesItsWindowsFiguresAndOnlyThatWindowIsAnalysedAgain(Dialect d) throws Exception {
        StoreLocation store = TestStores.fresh(d, dir);
        JsonNode warm;
        try (TestServer s = TestServer.start(dir, store)) {
            assertThat(s.server.latestAnalysis().awaitFirstRun(60)).isTrue(); // the next one is a minute away
            post(s, "predictions", predictions(10, 0, 40));
            post(s, "predictions", predictions(11, 100, 40));
            post(s, "labels", labels(100, 40, 30));
            JsonNode before = windows(s);
            assertThat(before).hasSize(2);
            assertThat(before.get(0).get("labelled").asInt()).isZero();
            assertThat(before.get(0).at("/realized/accuracy").isMissingNode()).isTrue();
            assertThat(before.get(1).at("/realized/accuracy/value").asDouble()).isEqualTo(30 / 40.0);
            long[] start = s.server.windowResults().hitsAndComputed();
            assertThat(windows(s)).isEqualTo(before);
            long[] again = s.server.windowResults().hitsAndComputed();
            assertThat(again[0] - start[0]).as("both windows kept").isEqualTo(2);
            assertThat(again[1] - start[1]).as("none analysed again").isZero();

            post(s, "labels", labels(0, 40, 10)); // late labels for the first hour
            JsonNode after = windows(s);
            long[] then = s.server.windowResults().hitsAndComputed();
            assertThat(then[1] - again[1]).as("only the first hour analysed again").isEqualTo(1);
            assertThat(then[0] - again[0]).isEqualTo(1);
            assertThat(after.get(0).get("labelled").asInt()).isEqualTo(40);
            assertThat(after.get(0).at("/realized/accuracy/value").asDouble()).isEqualTo(10 / 40.0);
            assertThat(after.get(1)).isEqualTo(before.get(1));

            post(s, "predictions", predictions(11, 200, 5)); // a late prediction in the second hour
            warm = windows(s);
            assertThat(warm.get(1).get("rows").asInt()).isEqualTo(45);
            assertThat(warm.get(0)).isEqualTo(after.get(0));
        }
        try (TestServer cold = TestServer.start(dir, store)) {
            assertThat(windows(cold)).as("a new server computes every window from the store").isEqualTo(warm);
        }
    }
}
