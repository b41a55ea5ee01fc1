package dev.greenlight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code greenlight monitor} end to end: the NannyML california_housing files and small bad inputs made here. */
class MonitorCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REF = DriftCommandTest.nannyml("california_housing_reference.csv.gz");
    private static final String ANA = DriftCommandTest.nannyml("california_housing_analysis.csv.gz");
    private static final String GT = DriftCommandTest.nannyml("california_housing_analysis_gt.csv.gz");

    @TempDir
    Path dir;

    private static String[] california(String... more) {
        List<String> args = new ArrayList<>(List.of("monitor", "--reference", REF, "--analysis", ANA, "--id", "id",
                "--target", "clf_target", "--score", "y_pred_proba", "--prediction", "y_pred", "--timestamp",
                "timestamp", "--task", "binary", "--no-multivariate"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void californiaWithLabelsWritesTheThreeFilesAndFollowsTheSchema() throws Exception {
        Path out = dir.resolve("out");
        Cli r = Cli.run(california("--labels", GT, "--out", out.toString(), "--format", "json"));
        assertThat(r.exitCode()).as(r.err()).isIn(ExitCode.OK, ExitCode.NOT_READY);
        JsonNode root = JSON.readTree(r.out());
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(
                Cli.repo().resolve("docs/schema/monitor.schema.json").toFile()));
        assertThat(schema.validate(root)).isEmpty();
        assertThat(root.get("chunks")).hasSize(20);
        JsonNode first = root.get("chunks").get(10);
        assertThat(first.get("period").asText()).isEqualTo("analysis");
        assertThat(first.get("first_row").asInt()).isZero();
        assertThat(first.get("last_row").asInt()).isEqualTo(822);
        assertThat(first.at("/realized/roc_auc/value").asDouble()).isBetween(0.8484, 0.8485);
        assertThat(first.at("/estimated/roc_auc/value").isNumber()).isTrue();
        assertThat(root.at("/labels/labelled_rows").asInt()).isEqualTo(8232);
        assertThat(r.exitCode()).isEqualTo(root.get("alerts").isEmpty() ? ExitCode.OK : ExitCode.NOT_READY);
        assertThat(Files.readString(out.resolve("monitor.json"))).isEqualTo(r.out());
        String html = Files.readString(out.resolve("monitor.html"));
        assertThat(html).contains("<svg").doesNotContain("<script").doesNotContain("http://").doesNotContain("https://");
        String md = Files.readString(out.resolve("monitor.md"));
        assertThat(md).startsWith("# Monitoring: ");
        // an analysis that recommends action points to the diagnosis of why
        boolean action = !root.at("/recommendation/action").asText().equals("none");
        assertThat(md.contains("Why? Run greenlight diagnose")).isEqualTo(action);
        assertThat(html.contains("Why? Run greenlight diagnose")).isEqualTo(action);
    }

    @Test
    void withoutLabelsTheTableShowsEstimatesAlone() {
        Cli r = Cli.run(california());
        assertThat(r.exitCode()).as(r.err()).isIn(ExitCode.OK, ExitCode.NOT_READY);
        assertThat(r.out()).contains("Recommendation: ").contains("analysis 0").contains("est. ");
    }

    @Test
    void anExistingOutputIsKeptWithoutForce() throws Exception {
        Path out = dir.resolve("o");
        Files.createDirectories(out);
        Files.writeString(out.resolve("monitor.json"), "keep");
        Cli r = Cli.run(california("--out", out.toString()));
        assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("monitor.json already exists; pass --force");
        assertThat(Files.readString(out.resolve("monitor.json"))).isEqualTo("keep");
    }

    // ---- bad input -----------------------------------------------------------------------------------------

    private Path csv(String name, String... lines) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return p;
    }

    /** 40 reference rows and 20 analysis rows of a binary model with a score. */
    private Path[] small(String badScore, String badTime) throws Exception {
        List<String> ref = new ArrayList<>(List.of("id,x,ts,y,p,pred"));
        List<String> ana = new ArrayList<>(List.of("id,x,ts,p,pred"));
        for (int i = 0; i < 40; i++) {
            double p = (i % 10) / 10.0 + 0.05;
            ref.add(i + "," + (i % 7) + ",2024-01-" + String.format("%02d", 1 + i % 28) + "," + (i % 3 == 0 ? 0 : 1)
                    + "," + p + "," + (p >= 0.5 ? 1 : 0));
        }
        for (int i = 0; i < 20; i++) {
            double p = (i % 10) / 10.0 + 0.05;
            String score = i == 13 && badScore != null ? badScore : String.valueOf(p);
            String ts = i == 4 && badTime != null ? badTime : "2024-02-" + String.format("%02d", 1 + i);
            ana.add((100 + i) + "," + (i % 7) + "," + ts + "," + score + "," + (p >= 0.5 ? 1 : 0));
        }
        return new Path[]{csv("ref.csv", ref.toArray(String[]::new)), csv("ana.csv", ana.toArray(String[]::new))};
    }

    private static Cli monitor(Path[] f, String... more) {
        List<String> args = new ArrayList<>(List.of("monitor", "--reference", f[0].toString(), "--analysis",
                f[1].toString(), "--id", "id", "--target", "y", "--score", "p", "--prediction", "pred", "--task",
                "binary", "--no-multivariate"));
        args.addAll(List.of(more));
        if (!args.contains("--chunk-size")) {
            args.addAll(List.of("--chunk-size", "5"));
        }
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void aScoreOutsideZeroToOneIsRejectedWithItsRow() throws Exception {
        Cli r = monitor(small("1.7", null));
        assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("ana.csv").contains("column 'p', row 14: score 1.7 is outside [0, 1]")
                .doesNotContain("Exception");
    }

    @Test
    void aTimestampThatDoesNotParseIsRejectedWithItsRow() throws Exception {
        Cli r = monitor(small(null, "yesterday"), "--timestamp", "ts");
        assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("ana.csv").contains("column 'ts', row 5: 'yesterday' is not a date or timestamp");
    }

    @Test
    void aChunkSizeLargerThanTheDataIsRejected() throws Exception {
        Cli r = monitor(small(null, null), "--chunk-size", "500");
        assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("the chunk size 500 is larger than the reference data").contains("(40 rows)");
    }

    @Test
    void unknownAndDuplicateLabelIdsAreCountedAndRaiseAnAlert() throws Exception {
        Path[] f = small(null, null);
        List<String> labels = new ArrayList<>(List.of("id,y"));
        for (int i = 0; i < 20; i++) {
            labels.add((100 + i) + "," + (i % 3 == 0 ? 0 : 1));
        }
        labels.add("105,0");
        labels.add("105,1");
        labels.add("999,1");
        Path lab = csv("labels.csv", labels.toArray(String[]::new));
        Cli r = monitor(f, "--labels", lab.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.NOT_READY);
        JsonNode root;
        try {
            root = JSON.readTree(r.out());
        } catch (Exception e) {
            throw new AssertionError(r.out() + r.err(), e);
        }
        assertThat(root.at("/labels/unknown_ids").asInt()).isEqualTo(1);
        assertThat(root.at("/labels/duplicate_ids").asInt()).isEqualTo(2);
        assertThat(root.at("/labels/conflicting_ids").asInt()).isEqualTo(1);
        assertThat(root.at("/labels/labelled_rows").asInt()).isEqualTo(20);
        assertThat(root.get("alerts").findValuesAsText("kind")).contains("labels");
    }

    @Test
    void labelsWithoutAnIdAreAUsageError() throws Exception {
        Path[] f = small(null, null);
        Cli r = Cli.run("monitor", "--reference", f[0].toString(), "--analysis", f[1].toString(), "--target", "y",
                "--score", "p", "--task", "binary", "--labels", f[1].toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("--labels are joined by id: give --id");
    }

    @Test
    void aConfigurationWithAMonitoringSectionRunsTheSame() throws Exception {
        Path[] f = small(null, null);
        Path yaml = csv("greenlight.yaml", "version: 1", "model: {name: m}", "task: binary", "target: y",
                "prediction: {label: pred, score: p}", "columns: {id: id}",
                "datasets: {train: ref.csv, test: ref.csv, production: ana.csv}",
                "monitoring: {chunk_size: 5, multivariate: false, recommend: {retrain_after: 3}}");
        Cli r = Cli.run("monitor", yaml.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isIn(ExitCode.OK, ExitCode.NOT_READY);
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.get("chunking").asText()).isEqualTo("5 rows per chunk");
        assertThat(root.get("chunks")).hasSize(12);
    }
}
