package dev.greenlight.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.greenlight.docs.DocSnippets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The server a documentation snippet starts with {@code ./greenlight serve ... &}: the real command as its own
 * process, on a free port instead of the one written, with a store in a temporary folder; and the {@code curl}
 * commands that follow, sent to it with the JDK's HTTP client.
 */
final class DocServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;
    private Process process;
    private String writtenPort;
    private int port;

    DocServer(Path dir) {
        this.dir = dir;
    }

    boolean started() {
        return process != null;
    }

    void start(List<String> args) throws IOException, InterruptedException {
        List<String> a = new ArrayList<>(args);
        int at = a.indexOf("--port");
        assertThat(at).as("a served snippet names its --port, which the curl commands use").isNotNegative();
        writtenPort = a.get(at + 1);
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        a.set(at + 1, Integer.toString(port));
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).startsWith("-") && Files.exists(Cli.repo().resolve(a.get(i)))) {
                a.set(i, Cli.repo().resolve(a.get(i)).toString());
            }
        }
        if (!a.contains("--store")) {
            a.addAll(List.of("--store", "duckdb:" + dir.resolve("greenlight.db")));
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        // the JVM options the packaged jar's manifest gives (Add-Opens for Arrow), as this test JVM has them
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(o -> o.startsWith("--add-opens"))
                .forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(a);
        process = new ProcessBuilder(command).redirectError(dir.resolve("stderr.txt").toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String first = out.readLine();
        assertThat(first).as("the server's first line; stderr: " + (Files.exists(dir.resolve("stderr.txt"))
                ? Files.readString(dir.resolve("stderr.txt")) : "")).isEqualTo("listening on http://127.0.0.1:"
                + port);
    }

    /** Sends a {@code curl} command to the server; compares its answer with the line's JSON comment, if any. */
    void curl(DocSnippets.Snippet s, DocSnippets.Command c) throws IOException, InterruptedException {
        assertThat(started()).as(s + ": a curl after a server started with &").isTrue();
        String text = c.text();
        int pipe = text.indexOf(" | ");
        List<String> words = new DocSnippets.Command(pipe < 0 ? text : text.substring(0, pipe), null).words();
        HttpRequest.Builder request = null;
        String body = null;
        String url = null;
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            switch (w) {
                case "-s" -> { }
                case "-H" -> {
                    String h = words.get(++i);
                    int colon = h.indexOf(':');
                    if (request == null) {
                        request = HttpRequest.newBuilder();
                    }
                    request.header(h.substring(0, colon).strip(), h.substring(colon + 1).strip());
                }
                case "--data-binary" -> {
                    String d = words.get(++i);
                    assertThat(d).as(s + ": --data-binary @FILE").startsWith("@");
                    body = Files.readString(Cli.repo().resolve(d.substring(1)));
                }
                default -> {
                    if (w.startsWith("-")) {
                        fail(s + ": no check for the curl option " + w);
                    }
                    url = w;
                }
            }
        }
        assertThat(url).as(s + ": the URL of " + text).startsWith("http://127.0.0.1:" + writtenPort + "/");
        HttpRequest.Builder r = request == null ? HttpRequest.newBuilder() : request;
        r.uri(URI.create(url.replace("127.0.0.1:" + writtenPort, "127.0.0.1:" + port)))
                .timeout(Duration.ofSeconds(60));
        r.method(body == null ? "GET" : "POST", body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> answer = HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(s + ": " + text + " -> " + answer.body()).isBetween(200, 299);
        if (c.comment() != null && c.comment().startsWith("{")) {
            assertThat(JSON.readTree(answer.body())).as(s + ": " + text + " answers as its comment says")
                    .isEqualTo(JSON.readTree(c.comment()));
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
