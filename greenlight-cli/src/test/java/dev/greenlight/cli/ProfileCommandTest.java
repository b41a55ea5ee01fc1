package dev.greenlight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code greenlight profile} end to end. */
class ProfileCommandTest {
    @TempDir
    Path dir;

    @Test
    void profilesTheNannymlDataAndReportsIntegrity() throws Exception {
        Path out = dir.resolve("housing.glprofile");
        Cli r = Cli.run("profile", DriftCommandTest.HOUSING_REF, "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Profile of california_housing_reference.csv.gz: 5832 rows, 13 columns")
                .contains("MedInc").contains("Profile written to");
        assertThat(Files.size(out)).isPositive();
        JsonNode root = new ObjectMapper().readTree(Cli.run("profile", out.toString(), "--format", "json").out());
        assertThat(root.get("rows").asLong()).isEqualTo(5832);
        JsonNode y = root.get("columns").get(12);
        assertThat(y.get("name").asText()).isEqualTo("y_pred");
        assertThat(y.get("frequencies_exact").asBoolean()).isTrue();
        assertThat(y.get("frequencies").get("0").asLong() + y.get("frequencies").get("1").asLong()).isEqualTo(5832);
    }

    @Test
    void partsMergeIntoTheWhole() throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Files.writeString(a, "x,c\n1,p\n2,q\n3,p\n");
        Files.writeString(b, "x,c\n4,q\n5,q\n");
        Path pa = dir.resolve("a.glprofile");
        assertThat(Cli.run("profile", a.toString(), "-o", pa.toString()).exitCode()).isZero();
        Cli merged = Cli.run("profile", pa.toString(), b.toString(), "--format", "json");
        assertThat(merged.exitCode()).as(merged.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(merged.out());
        assertThat(root.get("rows").asLong()).isEqualTo(5);
        assertThat(root.get("columns").get(0).get("mean").asDouble()).isEqualTo(3.0);
        assertThat(root.get("columns").get(1).get("frequencies").get("q").asLong()).isEqualTo(3);
    }

    @Test
    void integrityFindingsAndIncompatibleParts() throws Exception {
        Path a = dir.resolve("a.csv");
        Files.writeString(a, "x,k\n1,z\n1,z\n1,z\n");
        Cli r = Cli.run("profile", a.toString());
        assertThat(r.out()).contains("Integrity: a.csv, column 'x': every present value is '1'")
                .contains("Integrity: a.csv: 2 of 3 rows repeat an earlier row exactly");
        Path b = dir.resolve("b.csv");
        Files.writeString(b, "y\n1\n");
        Cli bad = Cli.run("profile", a.toString(), b.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("cannot merge the profile of b.csv into that of a.csv: expected columns "
                + "[x, k], found [y]");
    }
}
