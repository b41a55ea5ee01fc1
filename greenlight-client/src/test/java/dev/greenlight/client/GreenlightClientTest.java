package dev.greenlight.client;

import dev.greenlight.serve.TestServer;
import dev.greenlight.serve.TestStores;
import dev.greenlight.serve.store.Dialect;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client against the real server, on each store. */
class GreenlightClientTest {

    @TempDir
    java.nio.file.Path dir;

    static Iterable<Dialect> dialects() {
        return TestStores.dialects();
    }

    static Prediction prediction(int i) {
        return new Prediction("p" + i, Instant.parse("2026-12-01T00:00:00Z").plusSeconds(i),
                Map.of("tenure_months", i % 60, "monthly_fee", 20.0 + i % 7, "plan", i % 2 == 0 ? "basic" : "pro"),
                i % 3 == 0 ? "churn" : "stay", (i % 100) / 100.0);
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void batchesAreSentAsynchronouslyAndEveryFutureCompletesOnceStored(Dialect d) throws Exception {
        try (TestServer server = TestServer.start(dir, TestStores.fresh(d, dir))) {
            List<CompletableFuture<Void>> futures = new ArrayList<>();
            try (GreenlightClient client = GreenlightClient.open(ClientOptions.defaults(server.base,
                    TestServer.INGEST).withBatchSize(100))) {
                for (int i = 0; i < 1234; i++) {
                    futures.add(client.send(prediction(i)));
                    if (i % 2 == 0) {
                        futures.add(client.send(new Label("p" + i, i % 3 == 0 ? "churn" : "stay", null)));
                    }
                }
                // a partly filled batch goes out after the linger time, without close()
                CompletableFuture.allOf(futures.toArray(new CompletableFuture[0])).get(60, TimeUnit.SECONDS);
            }
            String stats = server.get("/v1/stats", TestServer.READ).body();
            assertThat(stats).contains("\"predictions\":1234").contains("\"labels\":617").contains("\"joined\":617");
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void aBatchTheServerRefusesFailsWithTheServersReasonAndIsNotRetried(Dialect d) throws Exception {
        try (TestServer server = TestServer.start(dir, TestStores.fresh(d, dir));
             GreenlightClient client = GreenlightClient.open(ClientOptions.defaults(server.base, TestServer.INGEST)
                     .withLinger(Duration.ofMillis(1)))) {
            CompletableFuture<Void> f = client.send(new Prediction("bad", Instant.now(), Map.of("tenure_months",
                    "ten", "monthly_fee", 1, "plan", "pro"), "churn", 0.5));
            assertThatThrownBy(() -> f.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(RejectedBatchException.class)
                    .hasMessageContaining("400").hasMessageContaining("features.tenure_months")
                    .hasMessageContaining("\"index\":0");
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void aWrongTokenIsRefusedForGood(Dialect d) throws Exception {
        try (TestServer server = TestServer.start(dir, TestStores.fresh(d, dir));
             GreenlightClient client = GreenlightClient.open(ClientOptions.defaults(server.base, "not-a-token")
                     .withLinger(Duration.ofMillis(1)))) {
            CompletableFuture<Void> f = client.send(prediction(1));
            assertThatThrownBy(() -> f.get(30, TimeUnit.SECONDS)).cause()
                    .isInstanceOf(RejectedBatchException.class).hasMessageContaining("401");
        }
    }
}
