package dev.greenlight.cli;

import dev.greenlight.split.SplitManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SplitCommandTest {
    @TempDir
    Path dir;

    @Test
    void splitsTheExampleReproduciblyWithAManifest() throws IOException {
        String data = Cli.repo().resolve("examples/breast-cancer/breast_cancer.csv").toString();
        Cli r = Cli.run("split", data, "--by", "stratified", "--target", "target", "--test", "0.25", "--seed", "42",
                "--out", dir.resolve("a").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("by stratified, seed 42").contains("test.csv: 143 rows; 0: 53, 1: 90");
        SplitManifest m = SplitManifest.read(dir.resolve("a").resolve(SplitManifest.FILE_NAME));
        assertThat(m.train().rows() + m.test().rows()).isEqualTo(569);
        assertThat(m.verify(dir.resolve("a/train.csv"), dir.resolve("a/test.csv"))).isEmpty();

        Cli again = Cli.run("split", data, "--by", "stratified", "--target", "target", "--out",
                dir.resolve("b").toString());
        assertThat(again.exitCode()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("b/test.csv"))).isEqualTo(Files.readAllBytes(dir.resolve(
                "a/test.csv")));
    }

    @Test
    void usageErrorsExitWithTwo() {
        String data = Cli.repo().resolve("examples/breast-cancer/breast_cancer.csv").toString();
        Cli r = Cli.run("split", data, "--by", "group", "--out", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("a group split needs the group column (--group)");
        Cli bad = Cli.run("split", data, "--by", "time", "--time", "nope", "--out", dir.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("breast_cancer.csv: no column 'nope'");
    }

    @Test
    void checkVerifiesTheFilesAgainstTheSplitManifest() throws IOException {
        StringBuilder data = new StringBuilder("x,y,pred,score\n");
        java.util.Random r = new java.util.Random(3);
        for (int i = 0; i < 400; i++) {
            double x = r.nextGaussian();
            int y = x > 0 ? 1 : 0;
            data.append(String.format(java.util.Locale.ROOT, "%.4f,%d,%d,%.3f%n", x, y, y, 1 / (1 + Math.exp(-3 * x))));
        }
        Files.writeString(dir.resolve("all.csv"), data);
        Cli split = Cli.run("split", dir.resolve("all.csv").toString(), "--by", "stratified", "--target", "y",
                "--out", dir.resolve("s").toString());
        assertThat(split.exitCode()).as(split.err()).isZero();
        Files.writeString(dir.resolve("s/greenlight.yaml"), """
                version: 1
                model: {name: m}
                task: binary
                target: y
                prediction: {label: pred, score: score}
                datasets: {train: train.csv, test: test.csv}
                split: {method: stratified, seed: 42, manifest: split-manifest.json}
                """);
        Cli clean = Cli.run("check", dir.resolve("s/greenlight.yaml").toString(), "--out", dir.resolve("o1")
                .toString(), "--quiet");
        assertThat(Files.readString(dir.resolve("o1/report.json"))).doesNotContain("not what the split manifest");

        Files.writeString(dir.resolve("s/test.csv"), "0.5,1,1,0.8\n", java.nio.file.StandardOpenOption.APPEND);
        Cli changed = Cli.run("check", dir.resolve("s/greenlight.yaml").toString(), "--out", dir.resolve("o2")
                .toString(), "--quiet");
        assertThat(changed.exitCode()).as(changed.err()).isIn(0, 1);
        assertThat(Files.readString(dir.resolve("o2/report.json"))).contains("train or test is not what the split "
                + "manifest describes").contains("changed since the split");
    }
}
