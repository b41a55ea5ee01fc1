package dev.greenlight.io.output;

import dev.greenlight.error.GreenlightException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules every command's outputs follow, and what a failure halfway leaves. */
class OutputsTest {
    @TempDir
    Path dir;

    @Test
    void anInputIsRefusedAsAnOutputByPathByLinkAndByHardLink() throws IOException {
        Path data = Files.writeString(dir.resolve("data.csv"), "a\n1\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), data);
        Path hard = Files.createLink(dir.resolve("hard.csv"), data);
        Outputs rules = Outputs.of(true, data);
        for (Path out : List.of(data, dir.resolve("sub/../data.csv"), link, hard)) {
            assertThatThrownBy(() -> rules.writeText(out, "x")).isInstanceOf(GreenlightException.class)
                    .hasMessageContaining("is the input").hasMessageContaining(data.toString());
        }
        assertThat(Files.readString(data)).isEqualTo("a\n1\n");
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForce() throws IOException {
        Path out = Files.writeString(dir.resolve("out.csv"), "old");
        assertThatThrownBy(() -> Outputs.of(false).writeText(out, "new")).isInstanceOf(GreenlightException.class)
                .hasMessage(out + " already exists; pass --force to replace it");
        Outputs.of(true).writeText(out, "new");
        assertThat(Files.readString(out)).isEqualTo("new");
    }

    @Test
    void emptyPathsFoldersAndDevicesAreRefused() throws IOException {
        Outputs rules = Outputs.of(true);
        assertThatThrownBy(() -> rules.requireFile(Path.of(""))).hasMessageContaining("an output path is empty");
        assertThatThrownBy(() -> rules.requireFile(dir)).hasMessageContaining("is a folder");
        assertThatThrownBy(() -> rules.requireFile(Path.of("/dev/null"))).hasMessageContaining("not a regular file");
        Path file = Files.writeString(dir.resolve("f"), "x");
        assertThatThrownBy(() -> rules.requireFolder(file)).hasMessageContaining("is a file");
    }

    @Test
    void aWriteThatFailsLeavesTheOldFileAndNoTemporaryOne() throws IOException {
        Path out = Files.writeString(dir.resolve("scores.csv"), "old");
        assertThatThrownBy(() -> Outputs.of(true).write(out, s -> {
            s.write("half a file".getBytes());
            throw new IOException("disk full");
        })).isInstanceOf(GreenlightException.class).hasMessageContaining("cannot write " + out + " (disk full)");
        assertThat(Files.readString(out)).isEqualTo("old");
        assertThat(names()).containsExactly("scores.csv");
    }

    @Test
    void aLinkToAFileIsWrittenThroughAndStaysALink() throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        Outputs.of(true).writeText(link, "new");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void aSetMovesInWholeAndAFailureBeforeTheCommitLeavesTheOldSet() throws IOException {
        Path out = dir.resolve("reports");
        Outputs rules = Outputs.of(true);
        try (PendingFolder set = rules.openFolder(out)) {
            set.writeText("report.json", "old json");
            set.writeText("junit.xml", "old junit");
            set.writeText("windows.json", "old windows");
            set.commit();
        }
        assertThatThrownBy(() -> {
            try (PendingFolder set = rules.openFolder(out)) {
                set.writeText("report.json", "new json");
                throw new IllegalStateException("the HTML report failed to render");
            }
        }).hasMessageContaining("render");
        assertThat(Files.readString(out.resolve("report.json"))).isEqualTo("old json");
        assertThat(Files.readString(out.resolve("junit.xml"))).isEqualTo("old junit");

        try (PendingFolder set = rules.openFolder(out)) {
            set.writeText("report.json", "new json");
            set.writeText("junit.xml", "new junit");
            set.omit("windows.json");
            assertThat(set.commit()).containsExactly(out.resolve("report.json").toRealPath(),
                    out.resolve("junit.xml").toRealPath());
        }
        assertThat(Files.readString(out.resolve("junit.xml"))).isEqualTo("new junit");
        assertThat(out.resolve("windows.json")).as("an earlier run's part is not left beside the new set")
                .doesNotExist();
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("report.json",
                    "junit.xml");
        }
    }

    @Test
    void aSetFileThatExistsNeedsForce() throws IOException {
        Path out = Files.createDirectories(dir.resolve("split"));
        Files.writeString(out.resolve("train.csv"), "old");
        try (PendingFolder set = Outputs.of(false).openFolder(out)) {
            assertThatThrownBy(() -> set.stage("train.csv")).hasMessageContaining("already exists");
        }
        assertThat(Files.readString(out.resolve("train.csv"))).isEqualTo("old");
    }

    private List<String> names() throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
