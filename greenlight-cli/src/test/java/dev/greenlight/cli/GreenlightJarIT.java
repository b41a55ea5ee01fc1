package dev.greenlight.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Starts the packaged application as its own process, as a user does, on the README's first example. */
class GreenlightJarIT {

    @Test
    void packagedJarRunsTheReadmeExample(@TempDir Path dir) throws Exception {
        String jar = System.getProperty("greenlight.jar");
        Path out = dir.resolve("out");
        Process p = new ProcessBuilder("java", "-jar", jar, "check", Cli.example("breast-cancer"), "--out",
                out.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("breast-cancer-gbm 1.0.0: READY").doesNotContain("SLF4J");
        assertThat(Files.readString(out.resolve("report.html"))).startsWith("<!DOCTYPE html>");
        assertThat(out.resolve("junit.xml")).isNotEmptyFile();
    }

    @Test
    void packagedJarLoadsAPluginGivenWithPluginOrPluginsKey(@TempDir Path dir) throws Exception {
        Path config = ExamplePlugin.copyWithJar(dir);
        Path bare = Files.writeString(config.resolveSibling("bare.yaml"),
                Files.readString(config).replaceAll("(?m)^plugins:\\n.*\\n", ""));
        for (List<String> args : List.of(List.of(config.toString()), List.of(bare.toString(), "--plugin",
                config.resolveSibling("target").resolve("jvm-provider.jar").toString()))) {
            List<String> command = new java.util.ArrayList<>(List.of("java", "-jar", System.getProperty("greenlight.jar"),
                    "check", "--quiet", "--out", dir.resolve("out").toString()));
            command.addAll(args);
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(output).isZero();
            assertThat(output).contains("breast-cancer-logreg-java 1.0.0: READY").containsPattern("WAIVED\\s+model-card");
        }
    }

    @Test
    void packagedJarExitsWithTwoOnAMissingConfiguration(@TempDir Path dir) throws Exception {
        Process p = new ProcessBuilder("java", "-jar", System.getProperty("greenlight.jar"), "check",
                dir.resolve("missing.yaml").toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(output).contains("configuration file not found").doesNotContain("Exception");
    }
}
