package dev.greenlight.profile;

import dev.greenlight.fuzz.KeptInputs;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.greenlight.error.InvalidDataException;

import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The profile file format under a coverage-guided fuzzer (Jazzer): whatever bytes a .profile file holds, reading it
 * gives a profile or an {@link InvalidDataException}, never another exception or an exhausted memory, and a profile
 * that reads writes back to bytes that read to the same bytes. An input is a profile without its checksum: the
 * target appends the right one, so the fuzzer explores the parser behind it, and also reads the input as it is
 * (the checksum's own refusal). Run as a test it replays the inputs kept in {@code ProfileFileFuzzTestInputs/reads}
 * (profiles of small tables as seeds, and every input a fuzzing session found failing); {@code bench/fuzz.sh}
 * fuzzes it.
 */
class ProfileFileFuzzTest {

    /** Fuzzed by {@code bench/fuzz.sh}; a plain test run leaves it out (JUnit tag jazzer). */
    @FuzzTest(maxDuration = "10m")
    void reads(byte[] input) {
        check(input);
    }

    static Stream<Named<byte[]>> keptInputs() {
        return KeptInputs.of(ProfileFileFuzzTest.class, "reads");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keptInputs")
    void replaysKeptInputs(byte[] input) {
        check(input);
    }

    /** The property every input must keep. */
    static void check(byte[] body) {
        read(body);
        read(withChecksum(body));
    }

    private static void read(byte[] bytes) {
        DatasetProfile p;
        try {
            p = ProfileFile.fromBytes(bytes, "fuzz.profile");
        } catch (InvalidDataException e) {
            assertThat(e.getMessage()).startsWith("fuzz.profile: ");
            return;
        }
        byte[] once = ProfileFile.toBytes(p);
        assertThat(ProfileFile.toBytes(ProfileFile.fromBytes(once, "again"))).isEqualTo(once);
    }

    /** The bytes followed by their CRC-32, big-endian, as {@link ProfileFile#toBytes} ends a file. */
    static byte[] withChecksum(byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        int v = (int) crc.getValue();
        byte[] out = Arrays.copyOf(body, body.length + 4);
        out[body.length] = (byte) (v >>> 24);
        out[body.length + 1] = (byte) (v >>> 16);
        out[body.length + 2] = (byte) (v >>> 8);
        out[body.length + 3] = (byte) v;
        return out;
    }
}
