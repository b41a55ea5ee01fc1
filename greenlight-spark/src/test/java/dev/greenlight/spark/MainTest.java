package dev.greenlight.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.greenlight.io.ProfileFiles;
import dev.greenlight.profile.DatasetProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code greenlight spark} command line, run in this JVM on local[2]: outputs, exit codes, messages. */
class MainTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void profileWritesAProfileFileAndRefusesToOverwriteIt() {
        Path out = dir.resolve("train.profile");
        String input = LocalSpark.california().toString();
        Run first = run("profile", "--master", "local[2]", "--input", input, "--out", out.toString());
        assertThat(first.code()).as(first.err()).isZero();
        DatasetProfile p = ProfileFiles.read(out);
        assertThat(p.rows()).isEqualTo(5832);
        assertThat(p.source()).isEqualTo("california_housing_reference.csv.gz");
        assertThat(first.out()).contains("Profile written to " + out);

        Run again = run("profile", "--master", "local[2]", "--input", input, "--out", out.toString());
        assertThat(again.code()).isEqualTo(Main.INVALID_INPUT);
        assertThat(again.err()).contains(out + " already exists; pass --force to replace it");
    }

    @Test
    void metricsWritesJsonWithMethodsAndBounds() throws IOException {
        Path out = dir.resolve("metrics.json");
        Run r = run("metrics", "--master", "local[2]", "--input", LocalSpark.california().toString(), "--task",
                "binary", "--target", "clf_target", "--score", "y_pred_proba", "--exact-ranking", "--out",
                out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertThat(json.get("task").asText()).isEqualTo("binary");
        assertThat(json.get("rows").asLong()).isEqualTo(5832);
        int sorted = 0;
        for (JsonNode m : json.get("metrics")) {
            assertThat(m.get("method").asText()).isIn("exact", "sketch", "sorted");
            sorted += m.get("method").asText().equals("sorted") ? 1 : 0;
        }
        assertThat(sorted).isEqualTo(2);
        assertThat(json.get("thresholds")).hasSize(101);
        assertThat(json.get("confusion_matrix").get("labels").get(1).asText()).isEqualTo("1");
    }

    @Test
    void aMissingColumnIsBadInputNamingTheColumn() {
        Run r = run("metrics", "--master", "local[2]", "--input", LocalSpark.california().toString(), "--task",
                "binary", "--target", "churned", "--score", "y_pred_proba", "--out",
                dir.resolve("m.json").toString());
        assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
        assertThat(r.err()).contains("no column 'churned'").doesNotContain("\tat ");
        assertThat(Files.exists(dir.resolve("m.json"))).isFalse();
    }

    @Test
    void theOutputCannotBeTheInput() throws IOException {
        Path input = dir.resolve("data.csv");
        Files.copy(LocalSpark.resource("regression.csv"), input);
        byte[] before = Files.readAllBytes(input);
        Run r = run("profile", "--master", "local[2]", "--input", input.toString(), "--out", input.toString(),
                "--force");
        assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
        assertThat(r.err()).contains("is the input");
        assertThat(Files.readAllBytes(input)).isEqualTo(before);
    }

    @Test
    void anUnknownTaskIsBadInput() {
        Run r = run("metrics", "--master", "local[2]", "--input", "x.csv", "--task", "ranking", "--target", "y",
                "--out", dir.resolve("m.json").toString());
        assertThat(r.code()).isEqualTo(Main.INVALID_INPUT);
        assertThat(r.err()).contains("unknown task 'ranking'");
    }
}
