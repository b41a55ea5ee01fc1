package dev.greenlight.io;

import dev.greenlight.fuzz.KeptInputs;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.greenlight.error.GreenlightException;
import dev.greenlight.io.stream.ColumnarSource;
import dev.greenlight.table.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV and JSON Lines reading path under a coverage-guided fuzzer (Jazzer): the pre-read checks, DuckDB's
 * reader, the type rules and the error translation, through both readers ({@link TableReader} and
 * {@link ColumnarSource}). Whatever bytes a data file holds, a read gives a table or a {@link GreenlightException}
 * naming the file, never another exception or a hang; when both readers take a file they find the same columns and
 * rows. The first byte of an input picks the file's name (CSV, TSV or JSON Lines), the rest is its content. Run as
 * a test it replays the inputs kept in {@code DataReaderFuzzTestInputs/reads}; {@code bench/fuzz.sh} fuzzes it.
 */
class DataReaderFuzzTest {
    private static final String[] NAMES = {"data.csv", "data.tsv", "data.jsonl"};
    private static Path folder;

    @BeforeAll
    static void folder() throws IOException {
        folder = Files.createTempDirectory("greenlight-fuzz-reader");
    }

    @AfterAll
    static void clean() throws IOException {
        for (String n : NAMES) {
            Files.deleteIfExists(folder.resolve(n));
        }
        Files.deleteIfExists(folder);
    }

    /** Fuzzed by {@code bench/fuzz.sh}; a plain test run leaves it out (JUnit tag jazzer). */
    @FuzzTest(maxDuration = "10m")
    void reads(byte[] input) throws IOException {
        check(input);
    }

    static Stream<Named<byte[]>> keptInputs() {
        return KeptInputs.of(DataReaderFuzzTest.class, "reads");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keptInputs")
    void replaysKeptInputs(byte[] input) throws IOException {
        check(input);
    }

    /** The property every input must keep. */
    static void check(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        Path file = folder.resolve(NAMES[Math.floorMod(input[0], NAMES.length)]);
        Files.write(file, Arrays.copyOfRange(input, 1, input.length));
        Table table = null;
        try {
            table = TableReader.read(file).table();
        } catch (GreenlightException e) {
            assertThat(e.getMessage()).contains(file.getFileName().toString());
        }
        try (ColumnarSource source = ColumnarSource.open(file)) {
            Table streamed = source.readTable();
            if (table != null) {
                assertThat(source.rowCount()).as("rows, both readers").isEqualTo(table.rowCount());
                assertThat(source.columns().stream().map(c -> c.name()).toList()).as("columns, both readers")
                        .isEqualTo(table.columnNames());
            }
            assertThat(streamed.rowCount()).isLessThanOrEqualTo((int) source.rowCount());
        } catch (GreenlightException e) {
            assertThat(e.getMessage()).contains(file.getFileName().toString());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
