package dev.greenlight.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A library user's JVM started without the option Apache Arrow needs gets a message naming the option, not an
 * {@code ExceptionInInitializerError} from Arrow's internals; with the option the same read succeeds.
 */
class ArrowJvmOptionTest {

    /** Reads the file named by the first argument and prints its row count, or the refusal's message. */
    public static final class Probe {
        public static void main(String[] args) {
            try {
                System.out.println("rows=" + TableReader.read(Path.of(args[0])).table().rowCount());
            } catch (RuntimeException e) {
                System.out.println("refused: " + e.getMessage());
            }
        }
    }

    @TempDir
    Path dir;

    @Test
    void withoutTheOptionTheReadIsRefusedWithTheOptionNamed() throws Exception {
        Path csv = dataFile();
        String output = probe(csv, List.of());
        assertThat(output).startsWith("refused: reading data needs the JVM option "
                + DuckDbSource.ARROW_JVM_OPTION);
    }

    @Test
    void withTheOptionTheSameReadSucceeds() throws Exception {
        String output = probe(dataFile(), List.of(DuckDbSource.ARROW_JVM_OPTION));
        assertThat(output).isEqualTo("rows=2");
    }

    private Path dataFile() throws IOException {
        Path csv = dir.resolve("data.csv");
        Files.writeString(csv, "x,y\n1,a\n2,b\n");
        return csv;
    }

    private static String probe(Path csv, List<String> jvmOptions) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-Xmx256m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Probe.class.getName(), csv.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
