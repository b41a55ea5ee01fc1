package dev.greenlight.serve;

import dev.greenlight.serve.store.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Request size and record-count limits answer 413 and write nothing. */
class LimitsTest {

    @TempDir
    Path dir;

    @Test
    void aBodyOverTheByteLimitOrTooManyRecordsGets413() {
        ServeSettings small = new ServeSettings(Map.of(), 2048, 3, 8);
        try (TestServer s = TestServer.start(dir, TestStores.fresh(Dialect.DUCKDB, dir), small)) {
            StringBuilder big = new StringBuilder("[");
            for (int i = 0; i < 20; i++) {
                big.append(i == 0 ? "" : ",").append(TestServer.prediction("big" + i, 1, "basic", 0.5));
            }
            HttpResponse<String> tooBig = s.post("/v1/predictions", TestServer.INGEST, big + "]");
            assertThat(tooBig.statusCode()).isEqualTo(413);
            assertThat(tooBig.body()).contains("2048 bytes");

            String four = "[" + String.join(",", TestServer.prediction("f1", 1, "basic", 0.5),
                    TestServer.prediction("f2", 1, "basic", 0.5), TestServer.prediction("f3", 1, "basic", 0.5),
                    TestServer.prediction("f4", 1, "basic", 0.5)) + "]";
            HttpResponse<String> tooMany = s.post("/v1/predictions", TestServer.INGEST, four);
            assertThat(tooMany.statusCode()).isEqualTo(413);
            assertThat(tooMany.body()).contains("the limit is 3");

            assertThat(s.get("/v1/stats", TestServer.READ).body()).contains("\"predictions\":0");
        }
    }

    @Test
    void malformedJsonIsA400ThatSaysWhere() {
        try (TestServer s = TestServer.start(dir, TestStores.fresh(Dialect.DUCKDB, dir))) {
            HttpResponse<String> r = s.post("/v1/predictions", TestServer.INGEST, TestServer.prediction("a", 1,
                    "basic", 0.5) + "\n{\"id\": \"b\", ");
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("malformed JSON at line 2").contains("\"index\":1");
        }
    }

    @Test
    void theServerRefusesToStartWithoutTokensUnlessToldToBeInsecure() {
        var config = TestServer.churnConfig(dir);
        var store = TestStores.fresh(Dialect.DUCKDB, dir);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MonitoringServer.start(config,
                        ServeSettings.defaults(), new ServeOptions("127.0.0.1", 0, store, false, Map.of())))
                .isInstanceOf(dev.greenlight.error.GreenlightException.class)
                .hasMessageContaining("GREENLIGHT_INGEST_TOKEN").hasMessageContaining("--insecure-no-auth");
        try (MonitoringServer open = MonitoringServer.start(config, ServeSettings.defaults(),
                new ServeOptions("127.0.0.1", 0, store, true, Map.of()))) {
            assertThat(open.port()).isPositive();
        }
    }
}
