package dev.greenlight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LabelsCommandTest {
    @TempDir
    Path dir;

    /** The oracle's cohen_kappa_ordinal_k3_n15 raters, with a third rater who skipped two rows. */
    private Path raters() throws IOException {
        int[] r1 = {1, 0, 1, 0, 1, 2, 1, 0, 0, 1, 2, 1, 0, 1, 0};
        int[] r2 = {2, 0, 0, 0, 2, 2, 1, 0, 0, 1, 2, 1, 0, 2, 0};
        StringBuilder csv = new StringBuilder("item,ann,bob,cy\n");
        for (int i = 0; i < r1.length; i++) {
            csv.append(i).append(',').append(r1[i]).append(',').append(r2[i]).append(',')
                    .append(i < 2 ? "" : Integer.toString(r1[i])).append('\n');
        }
        Path f = dir.resolve("labels.csv");
        Files.writeString(f, csv);
        return f;
    }

    @Test
    void agreementJsonMatchesScikitLearnAndStatsmodels() throws IOException {
        Cli r = Cli.run("labels", "agreement", "--data", raters().toString(), "--raters", "ann,bob",
                "--weights", "linear", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        JsonNode pair = json.get("pairs").get(0);
        // testdata/oracle/agreement.json, case cohen_kappa_ordinal_k3_n15
        assertThat(pair.get("cohen_kappa").get("value").asDouble()).isCloseTo(0.6938775510204082, within(1e-12));
        JsonNode inf = pair.get("unweighted_inference");
        assertThat(inf.get("std_kappa").asDouble()).isCloseTo(0.14799745794422642, within(1e-12));
        assertThat(inf.get("ci_low").asDouble()).isCloseTo(0.3151934705205717, within(1e-12));
        assertThat(inf.get("p_value").asDouble()).isCloseTo(0.00023126542850735986, within(1e-15));
        assertThat(json.get("krippendorff_alpha").get("n").asInt()).isEqualTo(15);
    }

    @Test
    void agreementTableNamesEveryFigureAndAllowsMissingRatings() throws IOException {
        Cli r = Cli.run("labels", "agreement", "--data", raters().toString(), "--raters", "ann,bob,cy",
                "--level", "ordinal");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("ann / bob", "ann / cy", "fleiss_kappa", "randolph_kappa",
                "krippendorff_alpha", "on 13 rows every rater labelled", "ordinal", "agrees with the others");
    }

    @Test
    void agreementErrorsSayWhatIsWrong() throws IOException {
        Cli r = Cli.run("labels", "agreement", "--data", raters().toString(), "--raters", "ann,dan");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("labels.csv has no column 'dan'").doesNotContain("Exception");
        Cli w = Cli.run("labels", "agreement", "--data", raters().toString(), "--raters", "ann,bob", "--weights",
                "cubic");
        assertThat(w.exitCode()).isEqualTo(2);
        assertThat(w.err()).contains("none, linear, quadratic");
    }

    private Path scored() throws IOException {
        StringBuilder csv = new StringBuilder("id,x1,x2,score\n");
        double[] scores = {0.01, 0.97, 0.48, 0.7, 0.55, 0.2, 0.51, 0.9, 0.3, 0.05};
        for (int i = 0; i < scores.length; i++) {
            csv.append("r").append(i).append(',').append(i * 1.5).append(',').append(i % 3).append(',')
                    .append(scores[i]).append('\n');
        }
        Path f = dir.resolve("pool.csv");
        Files.writeString(f, csv);
        return f;
    }

    @Test
    void uncertaintyWritesTheRowsNearestTheBoundaryAsCsv() throws IOException {
        Path out = dir.resolve("to-label.csv");
        Cli r = Cli.run("labels", "select", "--data", scored().toString(), "--budget", "3", "--strategy",
                "uncertainty", "--score", "score", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("id,x1,x2,score,greenlight_row,greenlight_priority");
        assertThat(lines.subList(1, 4)).extracting(l -> l.split(",")[0]).containsExactly("r6", "r2", "r4");
    }

    @Test
    void randomIsReproducibleBySeedAndLabelStudioIsATaskList() throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        for (Path out : new Path[] {a, b}) {
            Cli r = Cli.run("labels", "select", "--data", scored().toString(), "--budget", "4", "--strategy",
                    "random", "--seed", "7", "--out", out.toString(), "--format", "label-studio");
            assertThat(r.exitCode()).as(r.err()).isZero();
        }
        assertThat(Files.readString(a)).isEqualTo(Files.readString(b));
        JsonNode tasks = new ObjectMapper().readTree(a.toFile());
        assertThat(tasks.isArray()).isTrue();
        assertThat(tasks).hasSize(4);
        assertThat(tasks.get(0).get("data").get("id").asText()).startsWith("r");
        assertThat(tasks.get(0).get("data").get("x1").isNumber()).isTrue();
        Cli d = Cli.run("labels", "select", "--data", scored().toString(), "--budget", "3", "--strategy",
                "diversity", "--out", dir.resolve("d.csv").toString());
        assertThat(d.exitCode()).as(d.err()).isZero();
    }

    @Test
    void selectRefusesBadBudgetsMissingScoresAndOverwritingInputs() throws IOException {
        Path pool = scored();
        Path out = dir.resolve("o.csv");
        Cli big = Cli.run("labels", "select", "--data", pool.toString(), "--budget", "11", "--strategy", "random",
                "--out", out.toString());
        assertThat(big.exitCode()).isEqualTo(2);
        assertThat(big.err()).contains("--budget 11").contains("10");
        Cli noScore = Cli.run("labels", "select", "--data", pool.toString(), "--budget", "2", "--strategy",
                "margin", "--score", "proba", "--out", out.toString());
        assertThat(noScore.exitCode()).isEqualTo(2);
        assertThat(noScore.err()).contains("pool.csv has no column 'proba'");
        Cli self = Cli.run("labels", "select", "--data", pool.toString(), "--budget", "2", "--strategy", "random",
                "--out", pool.toString(), "--force");
        assertThat(self.exitCode()).isEqualTo(2);
        assertThat(self.err()).contains("is the input");
        assertThat(Files.readAllLines(pool)).hasSize(11);
        Files.writeString(out, "keep me");
        Cli exists = Cli.run("labels", "select", "--data", pool.toString(), "--budget", "2", "--strategy",
                "random", "--out", out.toString());
        assertThat(exists.exitCode()).isEqualTo(2);
        assertThat(exists.err()).contains("already exists; pass --force");
        assertThat(Files.readString(out)).isEqualTo("keep me");
        Cli forced = Cli.run("labels", "select", "--data", pool.toString(), "--budget", "2", "--strategy",
                "random", "--out", out.toString(), "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(3);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
