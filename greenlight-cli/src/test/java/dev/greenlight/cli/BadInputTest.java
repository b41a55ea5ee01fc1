package dev.greenlight.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * What Greenlight refuses: the catalogue of bad inputs (files, configurations, options, outputs), each as the command
 * a user runs, the exit code and the words the message must hold. Read {@link #refusals()} as the list;
 * docs/refusals.md says the same in prose. Every refusal exits 2 with one line that starts
 * {@code greenlight: error:}, names the file (and line, key or column where one applies), shows no stack trace, and
 * changes no file: the folder it ran in holds the same bytes after the refusal as before.
 *
 * <p>After the table come the cases that are not refusals: inputs once refused that are fine (labels written yes/no),
 * and the outputs a killed run leaves (no file or a whole one, never half of one; never a new report beside an old
 * one).
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

    /** Writes the files a case needs into its folder. */
    @FunctionalInterface
    interface Setup {
        void in(Path dir) throws IOException;

        default Setup and(Setup next) {
            return d -> {
                in(d);
                next.in(d);
            };
        }
    }

    /**
     * One kind of bad input.
     *
     * @param kind    what the user did, in their words
     * @param setup   the files the user has
     * @param command the command line; {@code {dir}} stands for the folder holding the files
     * @param exit    the exit code
     * @param says    what the message must contain, in order of importance
     */
    record Refusal(String kind, Setup setup, List<String> command, int exit, List<String> says) {
        @Override
        public String toString() {
            return kind;
        }
    }

    static Refusal refusal(String kind, Setup setup, List<String> command, String... says) {
        return new Refusal(kind, setup, command, ExitCode.INVALID_INPUT, List.of(says));
    }

    static List<String> cmd(String... args) {
        return List.of(args);
    }

    /** {@code greenlight check greenlight.yaml --out out --quiet} in the case's folder. */
    static List<String> checkCommand() {
        return cmd("check", "{dir}/greenlight.yaml", "--out", "{dir}/out", "--quiet");
    }

    // ---- the catalogue -------------------------------------------------------------------------------------------

    static Stream<Refusal> refusals() {
        return Stream.of(
                // the command line
                refusal("no command at all (exit 0 would read as READY in CI)", none(), cmd(),
                        "no command given", "Usage: greenlight"),
                refusal("an option the command does not have", project(), cmd("check", "{dir}/greenlight.yaml",
                        "--frobnicate"), "Unknown option: '--frobnicate'"),
                refusal("a drift threshold below 0", data("a.csv", GOOD), cmd("drift", "-r", "{dir}/a.csv", "-c",
                        "{dir}/a.csv", "--threshold", "-1"), "--threshold must be 0 or more", "got -1.0"),

                // the configuration
                refusal("a configuration file that does not exist", none(), cmd("check", "{dir}/nope.yaml"),
                        "nope.yaml: configuration file not found"),
                refusal("a misspelt key", project(CONFIG.replace("target: y", "targte: y")),
                        checkCommand(),
                        "greenlight.yaml:4: key 'targte': unknown key (did you mean 'target'?)"),
                refusal("a data file that does not exist", files(Map.of("greenlight.yaml", CONFIG, "train.csv",
                        GOOD)), checkCommand(),
                        "greenlight.yaml:6: key 'datasets.test': data file not found"),
                refusal("a latency ceiling below 0", project(CONFIG + "goals:\n  - metric: latency_p99_ms\n"
                        + "    max: -5\n"), checkCommand(),
                        "greenlight.yaml:9", "latency_p99_ms", "is never negative, so a max of -5"),
                refusal("a waiver dated in the future", project(CONFIG + "waivers:\n  - item: fairness\n"
                        + "    reason: no sensitive columns in this data\n    owner: ml team\n    date: "
                        + LocalDate.now().plusYears(1) + "\n"), checkCommand(),
                        "key 'waivers.0.date'", "is in the future"),

                // data files: what they are
                refusal("a data file of an unknown format", project(CONFIG.replace("test.csv", "test.xlsx"),
                        Map.of("test.xlsx", "x")), checkCommand(),
                        "test.xlsx: unknown data format; expected one of .csv"),
                refusal("a data path that is a link to a device that never ends (/dev/zero)",
                        link("zero.csv", Path.of("/dev/zero")),
                        cmd("profile", "{dir}/zero.csv"), "zero.csv: is not a regular file",
                        "reached through a link"),
                refusal("a 2 GB file of zero bytes named .csv (refused before it is hashed)",
                        sparse("big.csv", 2L << 30), cmd("profile", "{dir}/big.csv"),
                        "big.csv: holds binary data (a zero byte at offset 0)"),
                refusal("a file named .parquet that is not Parquet", data("t.parquet", GOOD),
                        cmd("profile", "{dir}/t.parquet"), "t.parquet: is named .parquet but is not a Parquet file"),
                refusal("an empty file (0 bytes)", data("e.csv", ""), cmd("profile", "{dir}/e.csv"),
                        "e.csv: the file is empty (0 bytes)"),

                // data files: what is in them
                refusal("a header and no rows", project(Map.of("test.csv", "x,y,pred,score\n")),
                        checkCommand(),
                        "test.csv: the dataset is empty"),
                refusal("text that is not UTF-8", bytes("l.csv", "a,b,c\n1,2,3\n4,\u00ff\u00fe,5\n6,7,8\n"
                        .getBytes(StandardCharsets.ISO_8859_1)), cmd("profile", "{dir}/l.csv"),
                        "l.csv, line 3: cannot read as csv: the file is not UTF-8 text"),
                refusal("a row with fewer fields than the header", data("r.csv", "a,b,c\n1,2,3\n4,5\n6,7,8\n"),
                        cmd("profile", "{dir}/r.csv"), "r.csv, line 3: cannot read as csv: 2 fields where the "
                        + "header has 3"),
                refusal("a row with more fields than the header", data("r.csv", "a,b,c\n1,2,3\n4,5,6,7\n"),
                        cmd("profile", "{dir}/r.csv"), "r.csv, line 3: cannot read as csv: 4 fields where the "
                        + "header has 3"),
                refusal("a line longer than the reader's limit (an unclosed quote)",
                        data("long.csv", "a,b,c\n1,2,3\n4," + "x".repeat(2_100_000) + ",5\n"),
                        cmd("profile", "{dir}/long.csv"), "long.csv, line", "bytes, over the limit of 2000000 bytes"),
                refusal("a JSON Lines file cut mid-record", data("j.jsonl", "{\"a\": 1}\n{\"a\":\n"),
                        cmd("profile", "{dir}/j.jsonl"), "j.jsonl, line 3: cannot read as json lines: malformed JSON"),
                refusal("two columns of one name", project(Map.of("test.csv", "x,y,pred,score,x\n1,0,0,0.2,3\n")),
                        checkCommand(),
                        "test.csv: duplicate column name 'x'"),
                refusal("a target column that is not there", project(CONFIG.replace("target: y", "target: label"),
                        Map.of("train.csv", GOOD.replace("x,y,", "x,labels,"), "test.csv",
                                GOOD.replace("x,y,", "x,labels,"))),
                        checkCommand(),
                        "train.csv: no target column 'label'", "(did you mean 'labels'?)",
                        "columns present: x, labels, pred, score"),
                refusal("a prediction column that is not there", project(Map.of("test.csv",
                        GOOD.replace(",score", ",scores"))), checkCommand(),
                        "test.csv: no prediction column 'score'", "(did you mean 'scores'?)"),
                refusal("a word in a numeric column", project(Map.of("test.csv", GOOD + "0.4,0,0,high\n")),
                        checkCommand(),
                        "test.csv, column 'score': expected numbers, but data row 5 holds 'high'"),
                refusal("a probability above 1", project(Map.of("test.csv", GOOD + "0.4,0,0,1.7\n")),
                        checkCommand(),
                        "test.csv, column 'score': data row 5 holds 1.7, but scores must be probabilities in [0, 1]"),
                refusal("three classes for a binary task", project(Map.of("test.csv", GOOD + "0.4,2,0,0.1\n")),
                        checkCommand(),
                        "the task is binary, but the target and predicted labels hold 3 classes (0, 1, 2)"),

                // outputs: no command destroys an input, replaces a file unasked, or writes where no one said
                refusal("split into the folder where the data is train.csv, with --force",
                        data("d/train.csv", GOOD), cmd("split", "{dir}/d/train.csv", "--out", "{dir}/d", "--force"),
                        "train.csv is the input", "write the output to another file"),
                refusal("score --out the test file it scores", example("diabetes-pmml"),
                        cmd("score", "{dir}/greenlight.yaml", "--out", "{dir}/test.csv", "--force"),
                        "test.csv is the input"),
                refusal("score --out a file that exists, without --force", example("diabetes-pmml")
                        .and(data("scores.csv", "keep\n")), cmd("score", "{dir}/greenlight.yaml", "--out",
                        "{dir}/scores.csv"), "scores.csv already exists; pass --force to replace it"),
                refusal("profile -o its own input", data("p.csv", GOOD), cmd("profile", "{dir}/p.csv", "-o",
                        "{dir}/p.csv"), "p.csv is the input"),
                refusal("profile -o a link to its input", data("p.csv", GOOD).and(link("p.profile",
                        Path.of("p.csv"))), cmd("profile", "{dir}/p.csv", "-o", "{dir}/p.profile", "--force"),
                        "p.profile is the input"),
                refusal("profile -o a file that exists, without --force", data("p.csv", GOOD)
                        .and(data("p.profile", "keep")), cmd("profile", "{dir}/p.csv", "-o", "{dir}/p.profile"),
                        "p.profile already exists; pass --force to replace it"),
                refusal("plan -o its own configuration", project(), cmd("plan", "{dir}/greenlight.yaml", "-o",
                        "{dir}/greenlight.yaml", "--force"), "greenlight.yaml is the input"),
                refusal("init -o over the training data", project(), cmd("init", "--train", "{dir}/train.csv",
                        "--test", "{dir}/test.csv", "--target", "y", "-o", "{dir}/train.csv", "--force"),
                        "train.csv is the input"),
                refusal("drift --out a folder holding an earlier run, without --force", data("a.csv", GOOD)
                        .and(data("o/drift.json", "{}")), cmd("drift", "-r", "{dir}/a.csv", "-c", "{dir}/a.csv",
                        "--out", "{dir}/o"), "drift.json already exists; pass --force to replace it"),
                refusal("check --out '' (the working folder by accident)", project(),
                        cmd("check", "{dir}/greenlight.yaml", "--out", ""), "an output path is empty"),
                refusal("check --out a file", project(), cmd("check", "{dir}/greenlight.yaml", "--out",
                        "{dir}/train.csv"), "train.csv is a file; name a folder"),
                refusal("an output that is a device", data("p.csv", GOOD), cmd("profile", "{dir}/p.csv", "-o",
                        "/dev/null", "--force"), "/dev/null is not a regular file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void isRefused(Refusal r) throws IOException {
        r.setup().in(dir);
        Map<String, String> before = snapshot(dir);
        String[] args = r.command().stream().map(a -> a.replace("{dir}", dir.toString())).toArray(String[]::new);
        // a guard against a hang (a device read forever), not a speed target: a refusal takes well under a second
        Cli run = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> Cli.run(args));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(r.exit());
        if (!r.command().isEmpty() && !r.says().get(0).startsWith("Unknown option")) {
            assertThat(run.err()).startsWith("greenlight: error: ");
        }
        for (String s : r.says()) {
            assertThat(run.err()).contains(s);
        }
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(snapshot(dir)).as("a refusal changes no file").isEqualTo(before);
    }

    // ---- once refused, now read as written ----------------------------------------------------------------------

    @Test
    void labelsWrittenYesNoAreWordsNotBooleans() throws IOException {
        StringBuilder rows = new StringBuilder("x,y,pred,score\n");
        for (int i = 0; i < 40; i++) {
            boolean yes = i % 3 == 0;
            boolean predicted = i % 5 == 0 ? !yes : yes;
            rows.append(i / 40.0).append(',').append(yes ? "yes" : "no").append(',')
                    .append(predicted ? "yes" : "no").append(',').append(predicted ? 0.8 : 0.2).append('\n');
        }
        Files.writeString(dir.resolve("t.csv"), rows);
        Cli metrics = Cli.run("metrics", "--data", dir.resolve("t.csv").toString(), "--target", "y", "--prediction",
                "pred", "--score", "score", "--task", "binary", "--positive-label", "yes");
        assertThat(metrics.exitCode()).as(metrics.err()).isZero();
        assertThat(metrics.out()).contains("recall");

        project(CONFIG.replace("target: y", "target: y\npositive_label: yes"), Map.of("train.csv", rows.toString(),
                "test.csv", rows.toString())).in(dir);
        Cli check = Cli.run("check", dir.resolve("greenlight.yaml").toString(), "--out", dir.resolve("out")
                .toString(), "--quiet");
        assertThat(check.exitCode()).as(check.err()).isIn(ExitCode.OK, ExitCode.NOT_READY);
        assertThat(Files.readString(dir.resolve("out/report.json"))).doesNotContain("'true'");
    }

    @Test
    void labelsNeverPredictedAreNotedNotFatal() throws Exception {
        project(CONFIG.replace("prediction: {label: pred, score: score}", "prediction: {label: pred}"),
                Map.of("test.csv", GOOD.replace("\n0.5,1,1,", "\n0.5,1,0,").replace("\n0.9,1,1,", "\n0.9,1,0,")))
                .in(dir);
        Cli r = Cli.run("check", dir.resolve("greenlight.yaml").toString(), "--out", dir.resolve("out").toString(),
                "--quiet");
        assertThat(r.exitCode()).as(r.err()).isIn(0, 1);
        assertThat(Files.readString(dir.resolve("out/report.json")))
                .contains("test: the model never predicts the label(s) [1] that occur in the target");
    }

    // ---- nothing lost when a run is killed ------------------------------------------------------------------------

    /**
     * {@code score} watched and killed as soon as its output appears: what a reader finds then, and after the kill, is
     * no file or the whole CSV, never a cut one that looks whole, since the CSV is written beside and renamed.
     */
    @Test
    void aKilledScoreLeavesNoFileOrTheWholeOne() throws Exception {
        example("diabetes-pmml").in(dir);
        int rows = bigTestSet(100_000);
        Path out = dir.resolve("scores.csv");
        Process p = greenlight("score", dir.resolve("greenlight.yaml").toString(), "--model", "linear", "--out",
                out.toString(), "--quiet");
        Map<Path, String> absent = new HashMap<>();
        absent.put(out, null);
        Map<Path, String> seen = killWhenChanged(p, absent);
        for (String text : Arrays.asList(seen.get(out), read(out))) {
            if (text != null) {
                assertThat(text.lines().count()).as("the whole CSV: the header and every row").isEqualTo(rows + 1);
                assertThat(text).endsWith("\n");
            }
        }
    }

    /**
     * {@code check} watched and killed as soon as one report changes: what a reader finds then, and after the kill,
     * is the old set or the new one, never a new report.json beside an old junit.xml, since the set is staged and
     * moved in together.
     */
    @Test
    void aKilledCheckNeverLeavesANewReportBesideAnOldOne() throws Exception {
        Path example = Cli.repo().resolve("examples/breast-cancer");
        for (String f : List.of("greenlight.yaml", "train.csv", "test.csv")) {
            Files.copy(example.resolve(f), dir.resolve(f));
        }
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Map<Path, String> old = new TreeMap<>();
        for (String f : List.of("report.json", "report.md", "report.html", "junit.xml", "production-plan.md")) {
            old.put(out.resolve(f), "old " + f);
            Files.writeString(out.resolve(f), "old " + f);
        }
        Process p = greenlight("check", dir.resolve("greenlight.yaml").toString(), "--out", out.toString(),
                "--quiet");
        Map<Path, String> seen = killWhenChanged(p, old);
        Map<Path, String> after = new TreeMap<>();
        for (Path f : old.keySet()) {
            after.put(f, read(f));
        }
        for (Map<Path, String> state : List.of(seen, after)) {
            long oldLeft = old.keySet().stream().filter(f -> old.get(f).equals(state.get(f))).count();
            long newLeft = old.keySet().stream().filter(f -> state.get(f) != null && !old.get(f).equals(
                    state.get(f))).count();
            assertThat(oldLeft == 0 || newLeft == 0).as("old reports: " + oldLeft + ", new: " + newLeft
                    + "; a set is old or new, never both").isTrue();
        }
    }

    // ---- setups ----------------------------------------------------------------------------------------------------

    static Setup none() {
        return d -> { };
    }

    static Setup files(Map<String, String> files) {
        return d -> {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = d.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue());
            }
        };
    }

    static Setup data(String name, String text) {
        return files(Map.of(name, text));
    }

    static Setup bytes(String name, byte[] content) {
        return d -> Files.write(d.resolve(name), content);
    }

    /** The small binary project: {@link #CONFIG} with {@link #GOOD} as train and test, files replaced by name. */
    static Setup project(String config, Map<String, String> replaced) {
        Map<String, String> all = new TreeMap<>(Map.of("greenlight.yaml", config, "train.csv", GOOD, "test.csv", GOOD));
        all.putAll(replaced);
        return files(all);
    }

    static Setup project(String config) {
        return project(config, Map.of());
    }

    static Setup project(Map<String, String> replaced) {
        return project(CONFIG, replaced);
    }

    static Setup project() {
        return project(CONFIG, Map.of());
    }

    static Setup link(String name, Path target) {
        return d -> Files.createSymbolicLink(d.resolve(name), target);
    }

    /** A file of {@code size} zero bytes that takes no disk (a sparse file). */
    static Setup sparse(String name, long size) {
        return d -> {
            try (RandomAccessFile f = new RandomAccessFile(d.resolve(name).toFile(), "rw")) {
                f.setLength(size);
            }
        };
    }

    /** A bundled example's configuration, data and models. */
    static Setup example(String name) {
        return d -> {
            Path from = Cli.repo().resolve("examples").resolve(name);
            try (Stream<Path> all = Files.walk(from)) {
                for (Path p : (Iterable<Path>) all::iterator) {
                    Path to = d.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else if (!Files.exists(to)) {
                        Files.copy(p, to);
                    }
                }
            }
        };
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /** File name to SHA-256 (or link target), for every entry under {@code root}; links are not followed. */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                String key = root.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    out.put(key, "-> " + Files.readSymbolicLink(p));
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    out.put(key, Files.size(p) > (64 << 20) ? "size " + Files.size(p) : sha256(p));
                } else {
                    out.put(key, "folder");
                }
            }
        }
        return out;
    }

    private static String sha256(Path p) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file's text, or null when it is not there (or went while it was read). */
    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return null;
        }
    }

    /** Replaces the example's test set by {@code rows} rows drawn from it, so writing the scores takes a while. */
    private int bigTestSet(int rows) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("test.csv"));
        StringBuilder sb = new StringBuilder(lines.get(0)).append('\n');
        for (int i = 0; i < rows; i++) {
            String line = lines.get(1 + i % (lines.size() - 1));
            sb.append(i).append(line.substring(line.indexOf(','))).append('\n');
        }
        Files.writeString(dir.resolve("test.csv"), sb);
        return rows;
    }

    /** The real command line in a JVM of its own, so it can be killed as a user's run is. */
    private Process greenlight(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx1g", "--add-opens=java.base/java.nio=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("run.log").toFile())
                .start();
    }

    /**
     * Watches {@code old}'s files while {@code p} runs and kills it (SIGKILL) the moment one no longer holds its old
     * text (null: the moment it appears); returns what the files held at that moment (null for a file not there).
     */
    private Map<Path, String> killWhenChanged(Process p, Map<Path, String> old) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        Map<Path, String> seen = new TreeMap<>();
        while (p.isAlive() && System.nanoTime() < deadline && seen.isEmpty()) {
            for (Path f : old.keySet()) {
                String want = old.get(f);
                if (!Objects.equals(want, read(f))) {
                    for (Path g : old.keySet()) {
                        seen.put(g, read(g));
                    }
                    break;
                }
            }
            Thread.onSpinWait();
        }
        p.destroyForcibly().waitFor();
        assertThat(Files.readString(dir.resolve("run.log"))).doesNotContain("greenlight: error");
        if (seen.isEmpty()) {
            for (Path g : old.keySet()) {
                seen.put(g, read(g));
            }
        }
        return seen;
    }
}
