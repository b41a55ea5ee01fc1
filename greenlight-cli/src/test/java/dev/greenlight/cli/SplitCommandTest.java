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
}
