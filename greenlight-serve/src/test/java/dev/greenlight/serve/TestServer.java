package dev.greenlight.serve;

import dev.greenlight.config.ConfigLoader;
import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.serve.http.Scope;
import dev.greenlight.serve.store.StoreLocation;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/** A real server on a free port, with the churn test configuration and one token per scope. */
public final class TestServer implements AutoCloseable {
    public static final String INGEST = "ingest-token-0123456789";
    public static final String READ = "read-token-0123456789";
    public static final String ADMIN = "admin-token-0123456789";
    public static final Map<String, String> ENVIRONMENT = Map.of(Scope.INGEST.environmentVariable(), INGEST,
            Scope.READ.environmentVariable(), READ, Scope.ADMIN.environmentVariable(), ADMIN);

    public final MonitoringServer server;
    public final URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    private TestServer(MonitoringServer server) {
        this.server = server;
        this.base = URI.create("http://127.0.0.1:" + server.port());
    }

    public static TestServer start(Path dir, StoreLocation store, ServeSettings settings) {
        return start(churnConfig(dir), store, settings);
    }

    public static TestServer start(GreenlightConfig config, StoreLocation store, ServeSettings settings) {
        return new TestServer(MonitoringServer.start(config, settings,
                new ServeOptions("127.0.0.1", 0, store, false, ENVIRONMENT)));
    }

    public static TestServer start(Path dir, StoreLocation store) {
        return start(dir, store, ServeSettings.defaults());
    }

    /** The churn configuration, copied into {@code dir} with its train data. */
    public static GreenlightConfig churnConfig(Path dir) {
        Path folder = dir.resolve("churn");
        try {
            Files.createDirectories(folder);
            for (String f : new String[]{"greenlight.yaml", "train.csv", "test.csv"}) {
                try (InputStream in = TestServer.class.getResourceAsStream("/churn/" + f)) {
                    Files.copy(in, folder.resolve(f), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return ConfigLoader.load(folder.resolve("greenlight.yaml"));
    }

    public HttpResponse<String> post(String path, String token, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        return send(b, token);
    }

    public HttpResponse<String> get(String path, String token) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), token);
    }

    private HttpResponse<String> send(HttpRequest.Builder b, String token) {
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One valid prediction record as JSON. */
    public static String prediction(String id, double tenure, String plan, double score) {
        return "{\"id\":\"" + id + "\",\"timestamp\":\"2026-12-01T10:00:00Z\",\"features\":{\"tenure_months\":"
                + tenure + ",\"monthly_fee\":42.5,\"plan\":\"" + plan + "\"},\"prediction\":\""
                + (score >= 0.5 ? "churn" : "stay") + "\",\"score\":" + score + "}";
    }

    @Override
    public void close() {
        server.close();
    }

    static URI uri(String s) {
        try {
            return new URI(s);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
