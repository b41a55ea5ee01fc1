package dev.greenlight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The planted-skew example of examples/skew (make_example.py says what was planted). */
class SkewCommandTest {
    private static String file(String name) {
        return Cli.repo().resolve("examples/skew").resolve(name).toString();
    }

    @Test
    void namesExactlyThePlantedFeatures() throws IOException {
        Cli r = Cli.run("skew", "--training", file("training.csv"), "--serving", file("serving.csv"), "--id", "id",
                "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        List<String> skewed = new ArrayList<>();
        json.get("skewed").forEach(n -> skewed.add(n.asText()));
        assertThat(skewed).containsExactlyInAnyOrder("amount", "age", "country");
        assertThat(json.get("matched").asInt()).isEqualTo(400);
        JsonNode country = json.get("features").get(1);
        assertThat(country.get("feature").asText()).isEqualTo("country");
        assertThat(country.get("mappings").get(0).get("training").asText()).isEqualTo("UK");
        assertThat(country.get("mappings").get(0).get("serving").asText()).isEqualTo("GB");
    }

    @Test
    void aFileAgainstItselfHasNoSkewAndFailOnSkewGatesCi() {
        Cli same = Cli.run("skew", "--training", file("training.csv"), "--serving", file("training.csv"), "--id",
                "id", "--fail-on-skew");
        assertThat(same.exitCode()).as(same.err()).isZero();
        assertThat(same.out()).contains("No feature differs");
        Cli planted = Cli.run("skew", "--training", file("training.csv"), "--serving", file("serving.csv"), "--id",
                "id", "--fail-on-skew", "--columns", "income,country");
        assertThat(planted.exitCode()).isEqualTo(1);
        assertThat(planted.out()).contains("'UK' -> 'GB'").contains("1 of 2 features differ");
    }

    @Test
    void badInputSaysWhere() {
        Cli r = Cli.run("skew", "--training", file("training.csv"), "--serving", file("serving.csv"), "--id",
                "customer");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("training.csv has no column 'customer'").doesNotContain("Exception");
        Cli t = Cli.run("skew", "--training", file("training.csv"), "--serving", file("serving.csv"), "--id", "id",
                "--tolerance", "-1");
        assertThat(t.exitCode()).isEqualTo(2);
        assertThat(t.err()).contains("--tolerance");
    }
}
