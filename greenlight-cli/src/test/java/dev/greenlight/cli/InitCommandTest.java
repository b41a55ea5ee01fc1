package dev.greenlight.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InitCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesAConfigurationThatCheckAcceptsAndThatListsTheOpenQuestions() throws Exception {
        Path examples = Cli.repo().resolve("examples/breast-cancer");
        Path cfg = dir.resolve("greenlight.yaml");
        Cli init = Cli.run("init", "--train", examples.resolve("train.csv").toString(), "--test",
                examples.resolve("test.csv").toString(), "--target", "target", "--output", cfg.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        String yaml = Files.readString(cfg);
        assertThat(yaml).contains("task: binary   # target 'target' has 2 distinct values")
                .contains("label: prediction   # the predicted class (guessed by name)")
                .contains("score: score   # probability of the positive class (guessed by name)")
                .contains("\"mean radius\": numeric").contains("id: id");

        Cli check = Cli.run("check", cfg.toString(), "--out", dir.resolve("out").toString(), "--quiet");
        assertThat(check.exitCode()).as(check.err()).isEqualTo(1);
        String plan = Files.readString(dir.resolve("out/production-plan.md"));
        assertThat(plan).contains("☐ OPEN").contains("plan.ground_truth.source").contains("split.method");
    }

    @Test
    void integerCodedCategoriesAreProposedAsCategorical() throws Exception {
        // the first 3,000 rows of the NannyML employment data (US census codes), split in two
        List<String> lines;
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(Cli.repo().resolve(
                "testdata/data/nannyml/employment_MA_reference.csv.gz")))) {
            lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().limit(3001)
                    .toList();
        }
        Path train = Files.write(dir.resolve("train.csv"), lines.subList(0, 2001));
        List<String> test = new java.util.ArrayList<>(List.of(lines.get(0)));
        test.addAll(lines.subList(2001, 3001));
        Path testFile = Files.write(dir.resolve("test.csv"), test);
        Path cfg = dir.resolve("greenlight.yaml");
        Cli init = Cli.run("init", "--train", train.toString(), "--test", testFile.toString(), "--target",
                "employed", "--output", cfg.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        String yaml = Files.readString(cfg);

        assertThat(yaml).containsPattern("SCHL: categorical   # integer codes \\(2[45] values, [01] to 24\\)")
                .contains("MAR: categorical   # integer codes (5 values, 1 to 5)")
                .containsPattern("RAC1P: categorical   # integer codes \\([0-9] values, 1 to 9\\)")
                .contains("AGEP: numeric").contains("DIS: categorical\n")
                .contains("id: id").doesNotContain("    id: ");
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        Path examples = Cli.repo().resolve("examples/diabetes");
        Path cfg = dir.resolve("g.yaml");
        Files.writeString(cfg, "keep me");
        Cli r = Cli.run("init", "--train", examples.resolve("train.csv").toString(), "--test",
                examples.resolve("test.csv").toString(), "--target", "target", "--output", cfg.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("already exists; pass --force");
        assertThat(Files.readString(cfg)).isEqualTo("keep me");
    }

    @Test
    void infersRegressionAndNamesAnAbsentTarget() throws Exception {
        Path examples = Cli.repo().resolve("examples/diabetes");
        Path cfg = dir.resolve("g.yaml");
        Cli ok = Cli.run("init", "--train", examples.resolve("train.csv").toString(), "--test",
                examples.resolve("test.csv").toString(), "--target", "target", "--prediction", "predicted",
                "--output", cfg.toString());
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(Files.readString(cfg)).contains("task: regression").contains("value: predicted")
                .contains("sensitive: [age, sex]");
        Cli bad = Cli.run("init", "--train", examples.resolve("train.csv").toString(), "--test",
                examples.resolve("test.csv").toString(), "--target", "progression", "--output",
                dir.resolve("h.yaml").toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("no column 'progression' (--target)").contains("columns present: id, age");
    }
}
