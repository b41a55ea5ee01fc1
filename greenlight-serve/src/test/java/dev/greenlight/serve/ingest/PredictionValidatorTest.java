package dev.greenlight.serve.ingest;

import dev.greenlight.serve.FeatureSchema;
import dev.greenlight.serve.TestSchemas;
import dev.greenlight.serve.store.PredictionRow;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Records are typed for the store by the schema, and a record that does not fit it is refused field by field. */
class PredictionValidatorTest {
    static final FeatureSchema SCHEMA = TestSchemas.everyType();
    private final PredictionValidator validator = new PredictionValidator(SCHEMA, true);

    static String record(String id, String features) {
        return "{\"id\":\"" + id + "\",\"timestamp\":\"2026-12-01T10:00:00Z\",\"features\":{" + features
                + "},\"prediction\":\"churn\",\"score\":0.75}";
    }

    static final String FITS = "\"tenure\":12.5,\"signed up\":\"2026-11-30T10:00:00+01:00\",\"plan\":3,"
            + "\"active\":true,\"note\":null";

    private List<PredictionRow> validate(String body) {
        return validator.validate(body.getBytes(StandardCharsets.UTF_8), 100);
    }

    @Test
    void eachValueIsStoredInItsFeaturesType() {
        List<PredictionRow> rows = validate("[" + record("a", FITS) + "," + record("b", "\"tenure\":null,"
                + "\"signed up\":1764583200000,\"plan\":\"pro\",\"active\":\"no\",\"note\":\"called twice\"") + "]");
        assertThat(rows).hasSize(2);
        long signedUp = Instant.parse("2026-11-30T09:00:00Z").toEpochMilli();
        assertThat(rows.get(0).features()).containsExactly(12.5, signedUp, "3", "true", null);
        assertThat(rows.get(1).features()).containsExactly(null, 1_764_583_200_000L, "pro", "no", "called twice");
        assertThat(rows.get(0).tsMs()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z").toEpochMilli());
        assertThat(rows.get(0).score()).isEqualTo(0.75);
        assertThat(rows.get(0).prediction()).isEqualTo("churn");
    }

    @Test
    void aRecordThatDoesNotFitTheSchemaIsRefusedWithEachFieldAndNothingIsKept() {
        String body = record("a", FITS) + "\n"
                + record("b", "\"tenure\":\"ten\",\"signed up\":\"yesterday\",\"plan\":{\"a\":1},\"active\":true,"
                + "\"colour\":\"red\"") + "\n"
                + "[1, 2]\n";
        BatchRejected e = catchThrowableOfType(() -> validate(body), BatchRejected.class);
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.getMessage()).contains("nothing of it was written");
        assertThat(e.errors()).extracting(RecordError::index, RecordError::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "features.tenure"),
                org.assertj.core.groups.Tuple.tuple(1, "features.signed up"),
                org.assertj.core.groups.Tuple.tuple(1, "features.plan"),
                org.assertj.core.groups.Tuple.tuple(1, "features.note"),
                org.assertj.core.groups.Tuple.tuple(1, "features.colour"),
                org.assertj.core.groups.Tuple.tuple(2, null));
        assertThat(e.errors().get(0).message()).isEqualTo("expected a number (the column is numeric in the train "
                + "data), found \"ten\"");
        assertThat(e.errors().get(2).message()).contains("expected a categorical value").contains("found object");
        assertThat(e.errors().get(3).message()).startsWith("missing: every feature of train.csv");
        assertThat(e.errors().get(4).message()).startsWith("unknown feature");
        assertThat(e.errors().get(5).message()).contains("found array");
    }

    @Test
    void theFieldsOfARecordAreCheckedAsBefore() {
        BatchRejected e = catchThrowableOfType(() -> validate("[{\"id\":[1],\"timestamp\":\"2026-12-01T10:00:00\","
                + "\"features\":{" + FITS + "},\"score\":1.5,\"scroe\":1}]"), BatchRejected.class);
        assertThat(e.errors()).extracting(RecordError::field).containsExactly("id", "timestamp", "score", "scroe");
        assertThat(e.errors().get(3).message()).contains("did you mean 'score'");
    }

    @Test
    void aFieldGivenTwiceCountsTheLastTime() {
        List<PredictionRow> rows = validate("[{\"id\":\"a\",\"id\":\"b\",\"timestamp\":0,\"features\":{\"tenure\":1,"
                + "\"tenure\":2,\"signed up\":null,\"plan\":null,\"active\":null,\"note\":null},\"score\":0.5}]");
        assertThat(rows.get(0).id()).isEqualTo("b");
        assertThat(rows.get(0).features()[0]).isEqualTo(2.0);
    }

    @Test
    void malformedJsonAndTooManyRecordsAreRefusedAsAWhole() {
        BatchRejected malformed = catchThrowableOfType(() -> validate(record("a", FITS) + "\n{\"id\": }"),
                BatchRejected.class);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.getMessage()).contains("malformed JSON at line 2, column");
        assertThat(malformed.errors()).extracting(RecordError::index).containsExactly(1);
        String many = "[" + String.join(",", java.util.Collections.nCopies(101, record("a", FITS))) + "]";
        assertThatThrownBy(() -> validate(many)).isInstanceOfSatisfying(BatchRejected.class,
                r -> assertThat(r.status()).isEqualTo(413));
        assertThatThrownBy(() -> validate("  ")).isInstanceOfSatisfying(BatchRejected.class,
                r -> assertThat(r.getMessage()).startsWith("empty body"));
    }
}
