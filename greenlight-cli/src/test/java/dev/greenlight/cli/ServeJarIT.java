package dev.greenlight.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's serve quick start, run on the packaged jar as a user runs it. */
class ServeJarIT {

    @Test
    void serveOnPortZeroPrintsWhereItListensFirstAndStoresTheExampleEvents(@TempDir Path dir) throws Exception {
        Path example = Path.of(Cli.example("breast-cancer")).getParent();
        for (String f : new String[]{"greenlight.yaml", "train.csv", "test.csv"}) {
            Files.copy(example.resolve(f), dir.resolve(f));
        }
        Process p = new ProcessBuilder("java", "-jar", System.getProperty("greenlight.jar"), "serve",
                dir.resolve("greenlight.yaml").toString(), "--port", "0", "--insecure-no-auth").start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertThat(first).matches("listening on http://127\\.0\\.0\\.1:\\d+");
            URI base = URI.create(first.substring("listening on ".length()));
            HttpClient http = HttpClient.newHttpClient();
            for (String kind : new String[]{"predictions", "labels"}) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/v1/" + kind))
                        .header("Content-Type", "application/x-ndjson")
                        .POST(HttpRequest.BodyPublishers.ofFile(example.resolve("serve/" + kind + ".ndjson")))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                assertThat(r.body()).isEqualTo("{\"accepted\":143}");
            }
            String stats = http.send(HttpRequest.newBuilder(base.resolve("/v1/stats")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(stats).contains("\"predictions\":143").contains("\"labels\":143").contains("\"joined\":143");
            assertThat(dir.resolve("greenlight.db")).exists();
        } finally {
            p.destroy();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void serveWithoutTokensOrInsecureFlagExitsWithTwo(@TempDir Path dir) throws Exception {
        Path example = Path.of(Cli.example("breast-cancer")).getParent();
        ProcessBuilder pb = new ProcessBuilder("java", "-jar", System.getProperty("greenlight.jar"), "serve",
                example.resolve("greenlight.yaml").toString(), "--port", "0", "--store",
                "duckdb:" + dir.resolve("x.db")).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("GREENLIGHT_"));
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(output).contains("no bearer tokens").contains("--insecure-no-auth").doesNotContain("Exception");
    }
}
