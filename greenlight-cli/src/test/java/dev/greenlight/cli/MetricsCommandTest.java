package dev.greenlight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MetricsCommandTest {
    @TempDir
    Path dir;

    private static String breastCancer() {
        return Cli.repo().resolve("examples/breast-cancer/test.csv").toString();
    }

    @Test
    void binaryJsonHasEveryMetricWithItsInterval() throws IOException {
        Cli r = Cli.run("metrics", "--data", breastCancer(), "--target", "target", "--prediction", "prediction",
                "--score", "score", "--positive-label", "0", "--task", "binary", "--format", "json",
                "--resamples", "200");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("task").asText()).isEqualTo("binary");
        assertThat(json.get("n").asInt()).isEqualTo(143);
        JsonNode auc = json.get("metrics").get("roc_auc");
        assertThat(auc.get("method").asText()).isEqualTo("DeLong");
        assertThat(auc.get("ci_low").asDouble()).isLessThanOrEqualTo(auc.get("value").asDouble());
        assertThat(auc.get("ci_high").asDouble()).isGreaterThanOrEqualTo(auc.get("value").asDouble());
        assertThat(json.get("metrics").get("accuracy").get("method").asText()).isEqualTo("Wilson score");
        assertThat(json.get("metrics").get("log_loss").get("method").asText())
                .startsWith("bootstrap percentile, 200 stratified resamples, seed 42");
        assertThat(json.get("metrics").fieldNames()).toIterable().contains("f1", "precision", "recall",
                "average_precision", "brier_score", "matthews_corrcoef", "cohen_kappa", "balanced_accuracy", "ece",
                "f1_macro").doesNotContain("roc_auc_ovo");
    }

    @Test
    void multiclassProbabilitiesAreNamedByPrefixAndLabel() throws IOException {
        Path f = dir.resolve("m.csv");
        StringBuilder csv = new StringBuilder("y,p_0,p_1,p_cat\n");
        String[] labels = {"0", "1", "cat"};
        for (int i = 0; i < 60; i++) {
            int k = i % 3;
            double[] p = {0.2, 0.2, 0.2};
            p[k] = 0.6;
            if (i % 7 == 0) {
                p = new double[] {0.5, 0.3, 0.2};
            }
            csv.append(labels[k]).append(',').append(p[0]).append(',').append(p[1]).append(',').append(p[2])
                    .append('\n');
        }
        Files.writeString(f, csv);
        Cli r = Cli.run("metrics", "--data", f.toString(), "--target", "y", "--proba-prefix", "p_", "--task",
                "multiclass", "--format", "json", "--resamples", "100");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode m = new ObjectMapper().readTree(r.out()).get("metrics");
        // rows 0, 7, ..., 56 predict class '0'; of those, 0, 21 and 42 are class '0': 6 wrong of 60
        assertThat(m.get("accuracy").get("value").asDouble()).isCloseTo(54.0 / 60, within(1e-12));
        assertThat(m.fieldNames()).toIterable().contains("roc_auc", "roc_auc_ovr_weighted", "log_loss", "f1_macro")
                .doesNotContain("f1", "brier_score");
    }

    /**
     * A monitoring window with only positives: the metrics scikit-learn defines with labels [0, 1] are computed
     * (hand-computed here: 5 of 6 positives predicted positive), ROC AUC is marked undefined, and the exit code is 0.
     */
    @Test
    void aWindowWithOnlyPositivesGetsTheDefinedMetrics() throws IOException {
        Path f = dir.resolve("positives.csv");
        Files.writeString(f, "y,p,s\n1,1,0.9\n1,1,0.8\n1,1,0.7\n1,0,0.4\n1,1,0.95\n1,1,0.6\n");
        Cli r = Cli.run("metrics", "--data", f.toString(), "--target", "y", "--prediction", "p", "--score", "s",
                "--task", "binary", "--format", "json", "--resamples", "50");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode m = new ObjectMapper().readTree(r.out()).get("metrics");
        assertThat(m.get("accuracy").get("value").asDouble()).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(m.get("precision").get("value").asDouble()).isCloseTo(1.0, within(1e-12));
        assertThat(m.get("recall").get("value").asDouble()).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(m.get("f1").get("value").asDouble()).isCloseTo(10.0 / 11, within(1e-12));
        assertThat(m.get("roc_auc").get("value").isNull()).isTrue();
        assertThat(m.get("roc_auc").get("undefined").asText()).contains("only one class");

        Path all = dir.resolve("all-positive.csv");
        Files.writeString(all, "y,p\nyes,yes\nyes,yes\nyes,yes\n");
        Cli every = Cli.run("metrics", "--data", all.toString(), "--target", "y", "--prediction", "p", "--task",
                "binary", "--format", "json", "--resamples", "50");
        assertThat(every.exitCode()).as(every.err()).isZero();
        JsonNode e = new ObjectMapper().readTree(every.out()).get("metrics");
        assertThat(e.get("accuracy").get("value").asDouble()).isEqualTo(1.0);
        assertThat(e.get("recall").get("value").asDouble()).isEqualTo(1.0);

        Path unknown = dir.resolve("cats.csv");
        Files.writeString(unknown, "y,p\ncat,cat\ncat,cat\n");
        Cli cats = Cli.run("metrics", "--data", unknown.toString(), "--target", "y", "--prediction", "p", "--task",
                "binary");
        assertThat(cats.exitCode()).isEqualTo(2);
        assertThat(cats.err()).contains("whose other class cannot be told from it; name the positive label");
    }

    @Test
    void sampleWeightsTurnTheRowCountingIntervalsIntoBootstraps() throws IOException {
        Path f = dir.resolve("w.csv");
        StringBuilder csv = new StringBuilder("y,p_neg,p_pos,w\n");
        for (int i = 0; i < 40; i++) {
            double yes = (i % 2 == 0) == (i % 5 != 0) ? 0.8 : 0.3;
            csv.append(i % 2 == 0 ? "pos" : "neg").append(',').append(1 - yes).append(',').append(yes).append(',')
                    .append(1 + i % 3).append('\n');
        }
        Files.writeString(f, csv);
        Cli r = Cli.run("metrics", "--data", f.toString(), "--target", "y", "--proba-prefix", "p_", "--weight", "w",
                "--task", "binary", "--format", "json", "--resamples", "100");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode m = new ObjectMapper().readTree(r.out()).get("metrics");
        assertThat(m.get("accuracy").get("method").asText()).startsWith("bootstrap percentile");
        assertThat(m.get("roc_auc").get("method").asText()).startsWith("bootstrap percentile");
        assertThat(m.get("roc_auc").get("n").asInt()).isEqualTo(40);
    }

    @Test
    void regressionTableIsReadable() {
        Cli r = Cli.run("metrics", "--data", Cli.repo().resolve("examples/diabetes/test.csv").toString(),
                "--target", "target", "--prediction", "predicted", "--task", "regression", "--resamples", "100");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("regression, 111 rows").contains("rmse ").contains("95% interval")
                .contains("bootstrap percentile, 100 resamples, seed 42");
    }

    private void assertError(String csv, String expected, String... options) throws IOException {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, csv);
        String[] args = new String[options.length + 2];
        args[0] = "metrics";
        args[1] = "--data=" + f;
        System.arraycopy(options, 0, args, 2, options.length);
        Cli r = Cli.run(args);
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err()).contains(expected).doesNotContain("\tat ");
        if (!expected.startsWith("--")) { // picocli reports usage errors in its own words
            assertThat(r.err()).startsWith("greenlight: error: ");
        }
    }

    @Test
    void badInputIsNamedPrecisely() throws IOException {
        assertError("y,s\n0,0.1\n1,\n0,0.3\n", "bad.csv, column 's': data row 2 has no score (empty or NaN)",
                "--target", "y", "--score", "s", "--task", "binary");
        assertError("y,s\n0,0.1\n1,NaN\n0,0.3\n", "bad.csv, column 's': data row 2 has no score",
                "--target", "y", "--score", "s", "--task", "binary");
        assertError("y,pred\n0,1\n1,\n", "bad.csv, column 'pred': data row 2 has no predicted label",
                "--target", "y", "--prediction", "pred", "--task", "binary");
        assertError("y,p_a,p_b\na,0.5,0.4\nb,0.1,0.9\n", "bad.csv: the class probabilities of data row 1 sum to 0.9",
                "--target", "y", "--proba-prefix", "p_", "--task", "multiclass");
        assertError("y,p_a,p_b\na,0.5,0.5\nc,0.1,0.9\n", "bad.csv, column 'y': data row 2 holds the label 'c', which "
                + "has no probability column 'p_c' (probability columns: p_a, p_b)",
                "--target", "y", "--proba-prefix", "p_", "--task", "multiclass");
        assertError("y,s\n0,0.1\n1,1.5\n", "data row 2 holds 1.5, but scores must be probabilities in [0, 1]",
                "--target", "y", "--score", "s", "--task", "binary");
        assertError("y,s\n0,0.1\n1,0.5\n", "bad.csv: no column 'score' (the score)", "--target", "y", "--score",
                "score", "--task", "binary");
        assertError("y,s\n0,0.1\n1,0.5\n", "--task: expected binary, multiclass or regression, found 'binar'",
                "--target", "y", "--score", "s", "--task", "binar");
    }

    @Test
    void rowsWithoutATargetAreLeftOutWithANoteAndYesNoLabelsStayText() throws IOException {
        Path f = dir.resolve("yn.csv");
        StringBuilder csv = new StringBuilder("y,s\n");
        for (int i = 0; i < 20; i++) {
            csv.append(i == 7 ? "" : i % 2 == 0 ? "yes" : "no").append(',').append(i % 2 == 0 ? 0.8 : 0.3)
                    .append('\n');
        }
        Files.writeString(f, csv);
        Cli r = Cli.run("metrics", "--data", f.toString(), "--target", "y", "--score", "s", "--positive-label", "yes",
                "--task", "binary", "--format", "json", "--resamples", "50");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("yn.csv: 1 of 20 rows have no value in the target column 'y' and are left out "
                + "of the metrics");
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("n").asInt()).isEqualTo(19);
    }
}
