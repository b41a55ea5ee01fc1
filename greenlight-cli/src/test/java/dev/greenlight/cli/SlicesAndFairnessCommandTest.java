package dev.greenlight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SlicesAndFairnessCommandTest {

    @TempDir
    Path dir;

    /** 2,000 people; the model errs 45% of the time for ages 20-30 and 10% elsewhere. */
    private Path people() throws IOException {
        Random r = new Random(8);
        StringBuilder b = new StringBuilder("age,region,y,pred\n");
        for (int i = 0; i < 2000; i++) {
            int age = 18 + r.nextInt(63);
            int y = r.nextInt(2);
            boolean wrong = r.nextDouble() < (age >= 20 && age <= 30 ? 0.45 : 0.10);
            b.append(String.format(Locale.ROOT, "%d,r%d,%d,%d%n", age, r.nextInt(3), y, wrong ? 1 - y : y));
        }
        Path f = dir.resolve("people.csv");
        Files.writeString(f, b);
        return f;
    }

    @Test
    void slicesJsonListsSegmentsWithThePlantedOneFirst() throws IOException {
        Cli r = Cli.run("slices", "--data", people().toString(), "--target", "y", "--prediction", "pred", "--task",
                "binary", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode top = root.get("segments").get(0);
        for (String key : new String[]{"description", "size", "metric", "value", "rest_value", "p_value", "weak"}) {
            assertThat(top.has(key)).as(key).isTrue();
        }
        assertThat(top.get("weak").asBoolean()).isTrue();
        assertThat(top.get("description").asText()).startsWith("age ");
        assertThat(top.get("value").asDouble()).isLessThan(top.get("rest_value").asDouble());
    }

    @Test
    void aRowIdentifierIsNeverASlice() throws IOException {
        // rows in file order, and the model errs on the first 300: "id 0-299" would be the weakest slice
        Random r = new Random(3);
        StringBuilder b = new StringBuilder("id,region,y,pred\n");
        for (int i = 0; i < 1000; i++) {
            int y = r.nextInt(2);
            boolean wrong = r.nextDouble() < (i < 300 ? 0.5 : 0.1);
            b.append(String.format(Locale.ROOT, "%d,r%d,%d,%d%n", i, r.nextInt(3), y, wrong ? 1 - y : y));
        }
        Path f = Files.writeString(dir.resolve("ordered.csv"), b);

        Cli auto = Cli.run("slices", "--data", f.toString(), "--target", "y", "--prediction", "pred", "--task",
                "binary", "--format", "json");
        assertThat(auto.exitCode()).as(auto.err()).isZero();
        JsonNode segments = new ObjectMapper().readTree(auto.out()).get("segments");
        segments.forEach(s -> assertThat(s.get("description").asText()).doesNotContain("id "));

        Cli named = Cli.run("slices", "--data", f.toString(), "--target", "y", "--prediction", "pred", "--task",
                "binary", "--slice", "id", "--format", "json");
        assertThat(new ObjectMapper().readTree(named.out()).get("segments").get(0).get("description").asText())
                .as("named explicitly, it is sliced").startsWith("id ");
    }

    @Test
    void slicesNamesAnUnknownColumn() throws IOException {
        Cli r = Cli.run("slices", "--data", people().toString(), "--target", "y", "--prediction", "pred", "--task",
                "binary", "--slice", "agee");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--slice: no column 'agee'").contains("did you mean 'age'?");
    }

    @Test
    void fairnessJsonFollowsFairlearnOnAHandComputedCase() throws IOException {
        // group A: y 1 1 0 0, pred 1 0 1 0; group B: y 1 1 1 0 0 0, pred 1 1 1 0 0 1
        Path f = dir.resolve("f.csv");
        Files.writeString(f, "g,y,p\nA,1,1\nA,1,0\nA,0,1\nA,0,0\nB,1,1\nB,1,1\nB,1,1\nB,0,0\nB,0,0\nB,0,1\n");
        Cli r = Cli.run("fairness", "--data", f.toString(), "--target", "y", "--prediction", "p", "--task",
                "binary", "--sensitive", "g", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode a = new ObjectMapper().readTree(r.out()).get("attributes").get(0);
        assertThat(a.get("attribute").asText()).isEqualTo("g");
        assertThat(a.at("/groups/1/true_positive_rate/value").asDouble()).isEqualTo(1.0);
        JsonNode d = a.get("disparities");
        assertThat(d.get("demographic_parity_difference").asDouble()).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(d.get("equalized_odds_difference").asDouble()).isEqualTo(0.5);
        assertThat(d.get("disparate_impact_ratio").asDouble()).isCloseTo(0.75, within(1e-12));
        assertThat(d.get("four_fifths_rule_met").asBoolean()).isFalse();
    }

    @Test
    void fairnessNeedsASensitiveColumn() throws IOException {
        Cli r = Cli.run("fairness", "--data", people().toString(), "--target", "y", "--prediction", "pred", "--task",
                "binary");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required option: '--sensitive=COLUMN'");
    }

    @Test
    void anUnknownFormatListsTheValidOnes() throws IOException {
        Cli r = Cli.run("slices", "--data", people().toString(), "--target", "y", "--prediction", "pred", "--task",
                "binary", "--format", "xml");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Invalid value for option '--format': expected one of [table, json]");
    }
}
