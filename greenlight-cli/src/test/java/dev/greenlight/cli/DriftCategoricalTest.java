package dev.greenlight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@code drift --categorical}: integer codes compared as categories, golden against scipy. */
class DriftCategoricalTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String REF = DriftCommandTest.nannyml("employment_MA_reference.csv.gz");
    static final String CUR = DriftCommandTest.nannyml("employment_MA_analysis.csv.gz");

    @Test
    void integerCodesDeclaredCategoricalMatchScipysContingencyTest() throws Exception {
        Cli r = Cli.run("drift", "--reference", REF, "--current", CUR, "--columns", "SCHL,MAR,RAC1P",
                "--categorical", "SCHL,MAR,RAC1P", "--test", "chi2", "--no-multivariate", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode oracle;
        try (InputStream in = getClass().getResourceAsStream("/oracle/drift_categorical.json")) {
            oracle = JSON.readTree(in).get("columns");
        }
        JsonNode columns = JSON.readTree(r.out()).get("columns");
        assertThat(columns).hasSize(3);
        for (JsonNode c : columns) {
            JsonNode expected = oracle.get(c.get("name").asText());
            assertThat(c.get("type").asText()).isEqualTo("categorical");
            assertThat(c.get("test").asText()).isEqualTo("chi2");
            assertThat(c.get("statistic").asDouble()).as(c.get("name").asText())
                    .isCloseTo(expected.get("statistic").asDouble(), within(1e-9 * expected.get("statistic")
                            .asDouble()));
            assertThat(c.get("p_value").asDouble()).as(c.get("name").asText())
                    .isCloseTo(expected.get("p_value").asDouble(), within(1e-6 * expected.get("p_value").asDouble()));
            assertThat(c.get("n_reference").asLong()).isEqualTo(expected.get("n_reference").asLong());
            assertThat(c.get("n_current").asLong()).isEqualTo(expected.get("n_current").asLong());
        }
    }

    @Test
    void undeclaredTheCodesAreComparedAsNumbers() throws Exception {
        Cli r = Cli.run("drift", "--reference", REF, "--current", CUR, "--columns", "SCHL", "--no-multivariate",
                "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(JSON.readTree(r.out()).get("columns").get(0).get("type").asText()).isEqualTo("numeric");
    }

    @Test
    void anUnknownColumnIsAnErrorWithTheClosestName() {
        Cli r = Cli.run("drift", "--reference", REF, "--current", CUR, "--categorical", "SCHLL",
                "--no-multivariate");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--categorical: the reference (employment_MA_reference.csv.gz) has no column "
                + "'SCHLL'").contains("did you mean 'SCHL'");
    }
}
