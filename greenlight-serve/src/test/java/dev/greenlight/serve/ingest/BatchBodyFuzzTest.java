package dev.greenlight.serve.ingest;

import dev.greenlight.fuzz.KeptInputs;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.greenlight.serve.FeatureSchema;
import dev.greenlight.serve.store.LabelRow;
import dev.greenlight.serve.store.PredictionRow;
import dev.greenlight.table.ColumnType;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's request parsing under a coverage-guided fuzzer (Jazzer): whatever bytes a client posts, reading
 * the batch ({@link BatchBody}, a JSON array or NDJSON, read as a stream) and checking its records as predictions and as labels gives
 * rows or a {@link BatchRejected} with a 4xx status and a message, never another exception (which the server would
 * answer with a 500). Run as a test it replays the inputs kept in {@code BatchBodyFuzzTestInputs/parses};
 * {@code bench/fuzz.sh} fuzzes it.
 */
class BatchBodyFuzzTest {
    private static final int MAX_RECORDS = 50;
    private static final PredictionValidator PREDICTIONS = new PredictionValidator(new FeatureSchema(Map.of(
            "age", ColumnType.NUMERIC, "plan", ColumnType.CATEGORICAL, "active", ColumnType.BOOLEAN),
            Path.of("train.csv")), true);
    private static final LabelValidator LABELS = new LabelValidator();

    /** Fuzzed by {@code bench/fuzz.sh}; a plain test run leaves it out (JUnit tag jazzer). */
    @FuzzTest(maxDuration = "10m")
    void parses(byte[] input) {
        check(input);
    }

    static Stream<Named<byte[]>> keptInputs() {
        return KeptInputs.of(BatchBodyFuzzTest.class, "parses");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keptInputs")
    void replaysKeptInputs(byte[] input) {
        check(input);
    }

    /** The property every input must keep. */
    static void check(byte[] body) {
        try {
            List<PredictionRow> rows = PREDICTIONS.validate(body, MAX_RECORDS);
            assertThat(rows.size()).isLessThanOrEqualTo(MAX_RECORDS);
        } catch (BatchRejected e) {
            assertRejected(e);
        }
        try {
            List<LabelRow> rows = LABELS.validate(body, MAX_RECORDS, 1_700_000_000_000L);
            assertThat(rows.size()).isLessThanOrEqualTo(MAX_RECORDS);
        } catch (BatchRejected e) {
            assertRejected(e);
        }
    }

    private static void assertRejected(BatchRejected e) {
        assertThat(e.status()).isBetween(400, 499);
        assertThat(e.getMessage()).isNotBlank();
    }
}
