package dev.greenlight.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code ./greenlight} launcher's class-data sharing: a command's first run writes its archive, later runs map
 * it, and a newer jar makes it again. Run against a copy of the launcher beside the packaged jar (its libraries
 * linked), so the launcher finds nothing to build.
 */
class LauncherIT {

    @Test
    void firstRunWritesTheCommandsArchiveLaterRunsMapItAndANewerJarRemakesIt(@TempDir Path dir) throws Exception {
        Path root = installation(dir);
        Path archive = root.resolve("greenlight-cli/target/cds/drift.jsa");
        Path reference = Path.of(Cli.example("breast-cancer")).resolveSibling("train.csv");
        Path current = reference.resolveSibling("test.csv");
        List<String> drift = List.of("drift", "-r", reference.toString(), "-c", current.toString(), "--format",
                "json", "--no-multivariate");

        String first = run(root, drift, Map.of());
        assertThat(first).startsWith("{");
        assertThat(archive).isNotEmptyFile();
        try (Stream<Path> files = Files.list(archive.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no half-written archive left")
                    .containsExactly("drift.jsa");
        }
        FileTime written = Files.getLastModifiedTime(archive);

        Path classes = dir.resolve("classes.log");
        String second = run(root, drift, Map.of("GREENLIGHT_JAVA_OPTS", "-Xlog:class+load=info:file=" + classes));
        assertThat(second).isEqualTo(first);
        assertThat(Files.readString(classes)).as("classes mapped from the command's archive")
                .contains("dev.greenlight.drift.DriftEngine source: shared objects file (top)");
        assertThat(Files.getLastModifiedTime(archive)).isEqualTo(written);

        Path jar = root.resolve("greenlight-cli/target/greenlight.jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now()));
        assertThat(run(root, drift, Map.of())).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(archive)).as("made again after the jar changed")
                .isGreaterThan(written);
    }

    @Test
    void anUpdateOfTheJdkRemakesTheArchive(@TempDir Path dir) throws Exception {
        // a JDK of its own on the PATH: its java runs the real one, its lib/modules is a file the test dates
        Path jdk = dir.resolve("jdk");
        Path java = Files.createDirectories(jdk.resolve("bin")).resolve("java");
        Path realJava = Path.of(System.getProperty("java.home"), "bin", "java");
        Files.writeString(java, "#!/bin/sh\nexec '" + realJava + "' \"$@\"\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        Path modules = Files.createDirectories(jdk.resolve("lib")).resolve("modules");
        Files.writeString(modules, "");
        Files.setLastModifiedTime(modules, FileTime.from(Instant.now().minusSeconds(3600)));
        Map<String, String> env = Map.of("PATH", java.getParent() + ":" + System.getenv("PATH"));

        Path root = installation(dir);
        Path archive = root.resolve("greenlight-cli/target/cds/default.jsa");
        assertThat(run(root, List.of("--version"), env)).startsWith("greenlight ");
        FileTime written = Files.getLastModifiedTime(archive);
        assertThat(run(root, List.of("--version"), env)).startsWith("greenlight ");
        assertThat(Files.getLastModifiedTime(archive)).as("kept while the JDK is older").isEqualTo(written);

        Files.setLastModifiedTime(modules, FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(run(root, List.of("--version"), env)).startsWith("greenlight ");
        assertThat(Files.getLastModifiedTime(archive)).as("made again after the JDK changed").isGreaterThan(written);
    }

    @Test
    void aRunThatFailsLeavesNoArchiveAndTheNextRunMakesOne(@TempDir Path dir) throws Exception {
        Path root = installation(dir);
        Path archive = root.resolve("greenlight-cli/target/cds/drift.jsa");
        Path reference = Path.of(Cli.example("breast-cancer")).resolveSibling("train.csv");
        String refused = run(root, List.of("drift", "-r", dir.resolve("absent.csv").toString(), "-c",
                reference.toString(), "--format", "json"), Map.of(), 2);
        assertThat(refused).isEmpty();
        try (Stream<Path> files = Files.list(archive.getParent())) {
            assertThat(files.toList()).as("neither an archive of the classes before the error nor a half-written one")
                    .isEmpty();
        }
        run(root, List.of("drift", "-r", reference.toString(), "-c", reference.resolveSibling("test.csv").toString(),
                "--format", "json", "--no-multivariate"), Map.of());
        assertThat(archive).isNotEmptyFile();
    }

    @Test
    void driftOfSmallFilesRunsWithC1AloneUnlessToldOtherwise(@TempDir Path dir) throws Exception {
        Path root = installation(dir);
        Path reference = Path.of(Cli.example("breast-cancer")).resolveSibling("train.csv");
        Path current = reference.resolveSibling("test.csv");
        Map<String, String> flags = Map.of("GREENLIGHT_JAVA_OPTS", "-XX:+PrintCommandLineFlags");
        List<String> drift = List.of("drift", "-r", reference.toString(), "--current=" + current, "--format", "json",
                "--no-multivariate");
        assertThat(firstLine(run(root, drift, flags))).contains("-XX:TieredStopAtLevel=1");
        assertThat(firstLine(run(root, drift, Map.of("GREENLIGHT_JAVA_OPTS", "-XX:+PrintCommandLineFlags",
                "GREENLIGHT_JIT", "c2")))).doesNotContain("TieredStopAtLevel");
        // a folder may hold any amount of data: the default compilers
        List<String> folder = List.of("drift", "-r", dir.toString(), "-c", current.toString());
        assertThat(firstLine(run(root, folder, flags, 2))).doesNotContain("TieredStopAtLevel");
        // other commands keep the default unless asked
        assertThat(firstLine(run(root, List.of("--version"), flags))).doesNotContain("TieredStopAtLevel");
        assertThat(firstLine(run(root, List.of("--version"), Map.of("GREENLIGHT_JAVA_OPTS",
                "-XX:+PrintCommandLineFlags", "GREENLIGHT_JIT", "c1")))).contains("-XX:TieredStopAtLevel=1");
        assertThat(run(root, List.of("--version"), Map.of("GREENLIGHT_JIT", "fast"), 2)).isEmpty();
    }

    private static String firstLine(String out) {
        return out.lines().findFirst().orElse("");
    }

    @Test
    void archivesCanBeTurnedOff(@TempDir Path dir) throws Exception {
        Path root = installation(dir);
        assertThat(run(root, List.of("--version"), Map.of("GREENLIGHT_CDS", "0"))).startsWith("greenlight ");
        assertThat(root.resolve("greenlight-cli/target/cds/default.jsa")).doesNotExist();
    }

    /** The launcher, the packaged jar, and links to its libraries, laid out as in a checkout. */
    private static Path installation(Path dir) throws Exception {
        Path root = dir.resolve("greenlight");
        Path target = Files.createDirectories(root.resolve("greenlight-cli/target"));
        Path launcher = Files.copy(Cli.repo().resolve("greenlight"), root.resolve("greenlight"));
        assertThat(launcher.toFile().setExecutable(true)).isTrue();
        Path jar = Path.of(System.getProperty("greenlight.jar"));
        Files.copy(jar, target.resolve("greenlight.jar"));
        Path lib = Files.createDirectories(target.resolve("lib"));
        try (Stream<Path> files = Files.list(jar.resolveSibling("lib"))) {
            for (Path f : files.toList()) {
                Files.createSymbolicLink(lib.resolve(f.getFileName()), f.toAbsolutePath());
            }
        }
        return root;
    }

    private static String run(Path root, List<String> args, Map<String, String> env) throws Exception {
        return run(root, args, env, 0);
    }

    private static String run(Path root, List<String> args, Map<String, String> env, int exitCode) throws Exception {
        List<String> command = new ArrayList<>(List.of(root.resolve("greenlight").toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        Process p = pb.redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isEqualTo(exitCode);
        return out;
    }
}
