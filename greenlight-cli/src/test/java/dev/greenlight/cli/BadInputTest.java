package dev.greenlight.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad input ends with exit code 2 and one clear message that names the file and, where it applies,
 * the line, key, column or row; never a stack trace.
 */
class BadInputTest {

    @TempDir
    Path dir;

    static final String CONFIG = """
            version: 1
            model: {name: m}
            task: binary
            target: y
            prediction: {label: pred, score: score}
            datasets: {train: train.csv, test: test.csv}
            """;
    static final String GOOD = "x,y,pred,score\n0.1,0,0,0.2\n0.5,1,1,0.8\n0.3,0,0,0.4\n0.9,1,1,0.7\n";

    private Cli check(String config, String train, String test) throws IOException {
        Files.writeString(dir.resolve("greenlight.yaml"), config);
        if (train != null) {
            Files.writeString(dir.resolve("train.csv"), train);
        }
        if (test != null) {
            Files.writeString(dir.resolve("test.csv"), test);
        }
        return Cli.run("check", dir.resolve("greenlight.yaml").toString(), "--out", dir.resolve("out").toString(),
                "--quiet");
    }

    private static void assertUserError(Cli r, String... fragments) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("greenlight: error: ");
        for (String f : fragments) {
            assertThat(r.err()).contains(f);
        }
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void missingConfigurationFile() {
        assertUserError(Cli.run("check", dir.resolve("nope.yaml").toString()), "nope.yaml: configuration file "
                + "not found");
    }

    @Test
    void misspeltKey() throws IOException {
        assertUserError(check(CONFIG.replace("target: y", "targte: y"), GOOD, GOOD),
                "greenlight.yaml:4: key 'targte': unknown key (did you mean 'target'?)");
    }

    @Test
    void missingDataFile() throws IOException {
        assertUserError(check(CONFIG, GOOD, null), "greenlight.yaml:6: key 'datasets.test': data file not found");
    }

    @Test
    void unknownFormat() throws IOException {
        Files.writeString(dir.resolve("test.xlsx"), "x");
        assertUserError(check(CONFIG.replace("test.csv", "test.xlsx"), GOOD, null),
                "test.xlsx: unknown data format; expected one of .csv");
    }

    @Test
    void emptyDataset() throws IOException {
        assertUserError(check(CONFIG, GOOD, "x,y,pred,score\n"), "test.csv: the dataset is empty");
    }

    @Test
    void duplicateColumnNames() throws IOException {
        assertUserError(check(CONFIG, GOOD, "x,y,pred,score,x\n1,0,0,0.2,3\n"), "test.csv: duplicate column name 'x'");
    }

    @Test
    void targetColumnAbsentListsColumnsAndSuggests() throws IOException {
        assertUserError(check(CONFIG.replace("target: y", "target: label"), GOOD.replace("x,y,", "x,labels,"),
                GOOD.replace("x,y,", "x,labels,")), "train.csv: no target column 'label'",
                "(did you mean 'labels'?)", "columns present: x, labels, pred, score");
    }

    @Test
    void predictionColumnAbsent() throws IOException {
        assertUserError(check(CONFIG, GOOD, GOOD.replace(",score", ",scores")), "test.csv: no prediction column "
                + "'score'", "(did you mean 'scores'?)");
    }

    @Test
    void nonNumericValueInANumericColumnNamesColumnAndRow() throws IOException {
        assertUserError(check(CONFIG, GOOD, GOOD + "0.4,0,0,high\n"), "test.csv, column 'score': expected numbers, "
                + "but data row 5 holds 'high'");
    }

    @Test
    void probabilitiesOutsideZeroOne() throws IOException {
        assertUserError(check(CONFIG, GOOD, GOOD + "0.4,0,0,1.7\n"), "test.csv, column 'score': data row 5 holds 1.7, "
                + "but scores must be probabilities in [0, 1]");
    }

    @Test
    void tooManyClassesForABinaryTask() throws IOException {
        assertUserError(check(CONFIG, GOOD, GOOD + "0.4,2,0,0.1\n"), "the task is binary, but the target and "
                + "predicted labels hold 3 classes (0, 1, 2)");
    }

    @Test
    void labelsNeverPredictedAreNotedNotFatal() throws Exception {
        Cli r = check(CONFIG.replace("prediction: {label: pred, score: score}", "prediction: {label: pred}"),
                GOOD, GOOD.replace("\n0.5,1,1,", "\n0.5,1,0,").replace("\n0.9,1,1,", "\n0.9,1,0,"));
        assertThat(r.exitCode()).as(r.err()).isIn(0, 1);
        assertThat(Files.readString(dir.resolve("out/report.json")))
                .contains("test: the model never predicts the label(s) [1] that occur in the target");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli r = Cli.run("check", "x.yaml", "--frobnicate");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--frobnicate'");
    }
}
