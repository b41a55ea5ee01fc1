package dev.greenlight.config;

import dev.greenlight.fuzz.KeptInputs;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.greenlight.error.GreenlightException;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration loader under a coverage-guided fuzzer (Jazzer): whatever bytes a greenlight.yaml holds, loading
 * it gives a configuration or a {@link GreenlightException} with a message, never another exception, a hang or an
 * exhausted memory. Run as a test it replays the inputs kept in {@code ConfigLoaderFuzzTestInputs/loads} (the
 * examples' configurations as seeds, and every input a fuzzing session found failing); {@code bench/fuzz.sh} fuzzes
 * it.
 */
class ConfigLoaderFuzzTest {
    private static Path folder;

    @BeforeAll
    static void folder() throws IOException {
        // data paths in a configuration resolve against its folder; two of them exist, so binding goes further
        folder = Files.createTempDirectory("greenlight-fuzz-config");
        Files.writeString(folder.resolve("train.csv"), "x,y\n1,0\n2,1\n");
        Files.writeString(folder.resolve("test.csv"), "x,y\n1,0\n2,1\n");
    }

    /** Fuzzed by {@code bench/fuzz.sh}; a plain test run leaves it out (JUnit tag jazzer). */
    @FuzzTest(maxDuration = "10m")
    void loads(byte[] input) {
        check(input);
    }

    static Stream<Named<byte[]>> keptInputs() {
        return KeptInputs.of(ConfigLoaderFuzzTest.class, "loads");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keptInputs")
    void replaysKeptInputs(byte[] input) {
        check(input);
    }

    /** The property every input must keep. */
    static void check(byte[] yaml) {
        String text = new String(yaml, StandardCharsets.UTF_8);
        try {
            GreenlightConfig config = ConfigLoader.parse(folder.resolve("greenlight.yaml"), text, "fuzz");
            assertThat(config.target()).isNotNull();
        } catch (GreenlightException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
