package dev.greenlight.serve.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.greenlight.serve.FeatureSchema;
import dev.greenlight.serve.ServeSettings;
import dev.greenlight.serve.TestServer;
import dev.greenlight.serve.TestStores;
import dev.greenlight.serve.ingest.PredictionValidator;
import dev.greenlight.serve.ingest.WriteQueue;
import dev.greenlight.serve.store.Dialect;
import dev.greenlight.serve.store.EventStore;
import io.javalin.Javalin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class BackPressureTest {

    @TempDir
    Path dir;

    @Test
    void aFullWriteQueueAnswers429WithRetryAfter() throws Exception {
        var config = TestServer.churnConfig(dir);
        CountDownLatch release = new CountDownLatch(1);
        try (EventStore store = EventStore.open(TestStores.fresh(Dialect.DUCKDB, dir), FeatureSchema.of(config));
             WriteQueue queue = new WriteQueue((p, l) -> {
                 try {
                     release.await();
                 } catch (InterruptedException e) {
                     Thread.currentThread().interrupt();
                 }
                 return null;
             }, 1)) {
            ServeApi api = new ServeApi(AccessTokens.insecureOpen(), ServeSettings.defaults(),
                    new PredictionValidator(FeatureSchema.of(config), true), store, queue,
                    new ServeMetrics(queue::depth), new dev.greenlight.serve.analysis.LiveMonitor(config,
                    FeatureSchema.of(config), store, new dev.greenlight.serve.analysis.WindowResults(0)));
            Javalin app = Javalin.create(c -> c.showJavalinBanner = false);
            api.register(app);
            app.start("127.0.0.1", 0);
            try {
                HttpClient http = HttpClient.newHttpClient();
                List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    sent.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
                                    + "/v1/predictions")).POST(HttpRequest.BodyPublishers.ofString("["
                                    + TestServer.prediction("q" + i, 1, "basic", 0.5) + "]")).build(),
                            HttpResponse.BodyHandlers.ofString()));
                }
                // one batch is being written, one waits in the queue; the others cannot wait
                HttpResponse<String> refused = null;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (refused == null && System.nanoTime() < deadline) {
                    for (var f : sent) {
                        if (f.isDone() && f.get().statusCode() == 429) {
                            refused = f.get();
                        }
                    }
                    Thread.sleep(10);
                }
                assertThat(refused).isNotNull();
                assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
                assertThat(refused.body()).contains("write queue is full");
                release.countDown();
                long ok = 0;
                for (var f : sent) {
                    if (f.get(20, TimeUnit.SECONDS).statusCode() == 200) {
                        ok++;
                    }
                }
                assertThat(ok).isBetween(1L, 3L);
            } finally {
                release.countDown();
                app.stop();
            }
        }
    }

    @Test
    void everyRouteIsInTheOpenApiDocument() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(ServeApi.OPENAPI);
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).containsAll(ServeApi.ROUTES);
    }
}
