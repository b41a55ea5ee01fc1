package dev.greenlight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application scores and benchmarks the ONNX example as a user runs it: the benchmark's worker JVMs
 * start from the jar's own class path, and ONNX Runtime's native library loads from its jar in lib/.
 */
class ModelsJarIT {

    @TempDir
    Path dir;

    private static String run(List<String> args, Path stdout) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-jar", System.getProperty("greenlight.jar")));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectErrorStream(false).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isZero();
        return err;
    }

    @Test
    void onnxRuntimesLibrariesComeFromTheCacheAndNothingIsLeftInTheTemporaryFolder() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path cache = dir.resolve("cache");
        for (int run = 0; run < 2; run++) {
            ProcessBuilder pb = new ProcessBuilder("java", "-Djava.io.tmpdir=" + tmp, "-jar",
                    System.getProperty("greenlight.jar"), "score", Cli.example("breast-cancer-onnx"), "--out",
                    dir.resolve("scored.csv").toString(), "--force", "--quiet").redirectErrorStream(true);
            pb.environment().put("GREENLIGHT_CACHE_DIR", cache.toString());
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(output).isZero();
            try (var left = Files.list(tmp)) {
                assertThat(left).as("temporary files after run " + (run + 1)).isEmpty();
            }
        }
        try (var folders = Files.list(cache.resolve("onnxruntime"))) {
            assertThat(folders).as("one folder for the one runtime build").hasSize(1);
        }
    }

    @Test
    void packagedJarBenchmarksTheOnnxExample() throws Exception {
        Path out = dir.resolve("bench.json");
        String err = run(List.of("bench", Cli.example("breast-cancer-onnx"), "--model", "logreg", "--model", "tree",
                "--format", "json", "--warmup", "20", "--iterations", "50", "--max-seconds", "0.3"), out);
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertThat(json.get("models")).hasSize(2);
        assertThat(json.at("/models/0/runtime").asText()).isEqualTo("ONNX Runtime 1.20.0 (CPU)");
        assertThat(json.at("/models/1/latency_ms/256/p99").isNumber()).isTrue();
        assertThat(err).doesNotContain("SLF4J").doesNotContain("Exception");
    }

    @Test
    void packagedJarScoresTheOnnxExample() throws Exception {
        Path csv = dir.resolve("scores.csv");
        run(List.of("score", Cli.example("breast-cancer-onnx"), "--out", csv.toString(), "--quiet"),
                dir.resolve("stdout.txt"));
        assertThat(Files.readAllLines(csv)).hasSize(144).first().isEqualTo("id,prediction,p_0,p_1,served_by");
    }
}
