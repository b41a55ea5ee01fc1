package dev.greenlight.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.greenlight.cli.GreenlightCommand;
import dev.greenlight.docs.DocSnippets;
import dev.greenlight.docs.DocSnippets.Snippet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The snippets of docs/spark.md tagged {@code spark}, checked with Spark on the class path: synopses name options
 * the commands have; local runs ({@code ./greenlight spark ...}, then {@code ./greenlight drift} on what they wrote)
 * run on local[2]; cluster commands ({@code spark-submit}, {@code databricks}) name this module's jar and main class,
 * and their arguments parse as {@code greenlight spark} parses them; Java compiles against this module.
 */
class SparkDocSnippetsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JAR = "greenlight-spark.jar";

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> sparkSnippets() {
        List<Snippet> all = DocSnippets.taggedFor("spark");
        assertThat(all).as("snippets tagged spark").hasSizeGreaterThanOrEqualTo(5);
        return all.stream().map(s -> DynamicTest.dynamicTest(s.toString(), () -> check(s)));
    }

    private static void check(Snippet s) throws Exception {
        switch (s.lang()) {
            case "text" -> synopsis(s);
            case "bash" -> bash(s);
            case "java" -> compiles(s);
            default -> fail(s + ": no check for spark snippets in '" + s.lang() + "'");
        }
    }

    /** The {@code greenlight spark} synopsis lines of every text block, here and in README.md. */
    @TestFactory
    Stream<DynamicTest> sparkSynopses() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Snippet s : DocSnippets.all()) {
            if (s.lang().equals("text") && !s.tagged("output")) {
                for (String e : s.synopses()) {
                    if (e.startsWith("greenlight spark ")) {
                        tests.add(DynamicTest.dynamicTest(s + ": " + e, () -> synopsis(s, e)));
                    }
                }
            }
        }
        assertThat(tests).as("greenlight spark synopses").hasSizeGreaterThanOrEqualTo(3);
        return tests.stream();
    }

    private static void synopsis(Snippet s) {
        List<String> entries = s.synopses();
        assertThat(entries).as(s + ": synopsis lines").isNotEmpty();
        entries.forEach(e -> synopsis(s, e));
    }

    /** {@code greenlight spark SUB[|SUB] ...}: each named subcommand exists and has every option named. */
    private static void synopsis(Snippet s, String entry) {
        CommandLine root = new CommandLine(new Main());
        String[] words = entry.split("\\s+");
        assertThat(words[1]).isEqualTo("spark");
        for (String sub : words[2].split("\\|")) {
            CommandLine c = root.getSubcommands().get(sub);
            assertThat(c).as(s + ": 'greenlight spark " + sub + "' is a command").isNotNull();
            for (String o : Snippet.options(entry, 3)) {
                assertThat(c.getCommandSpec().findOption(o)).as(s + ": 'greenlight spark " + sub + "' has the option "
                        + o).isNotNull();
            }
        }
    }

    private static void bash(Snippet s) throws Exception {
        Map<String, String> written = new HashMap<>();   // an output path in the docs -> where the test wrote it
        for (DocSnippets.Command c : s.commands()) {
            List<String> words = c.words();
            switch (words.get(0)) {
                case "./greenlight" -> runs(s, words.subList(1, words.size()), written);
                case "spark-submit" -> submits(s, words);
                case "databricks" -> databricks(s, words);
                default -> fail(s + ": no check for the command '" + c.text() + "'");
            }
        }
    }

    /** A local run, in this JVM: outputs go to a temporary folder, and later commands read them from there. */
    private static void runs(Snippet s, List<String> original, Map<String, String> written) {
        List<String> args = new ArrayList<>(original);
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (i > 0 && args.get(i - 1).equals("--out")) {
                String to = dir.resolve(s.line() + "-" + Path.of(a).getFileName()).toString();
                written.put(a, to);
                args.set(i, to);
            } else if (written.containsKey(a)) {
                args.set(i, written.get(a));
            } else if (!a.startsWith("-") && Files.exists(LocalSpark.repo().resolve(a))) {
                args.set(i, LocalSpark.repo().resolve(a).toString());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int code;
        if (args.get(0).equals("spark")) {
            code = Main.execute(args.subList(1, args.size()).toArray(String[]::new), o, e);
            assertThat(code).as(s + ": " + original + "\n" + err.toString(StandardCharsets.UTF_8)).isZero();
        } else {
            code = GreenlightCommand.execute(args.toArray(String[]::new), o, e);
            assertThat(code).as(s + ": " + original + "\n" + err.toString(StandardCharsets.UTF_8)).isIn(0, 1);
        }
    }

    /** {@code spark-submit [options] --class Main JAR ARGS}: the class and jar are this module's; ARGS parse. */
    private static void submits(Snippet s, List<String> words) {
        int cls = words.indexOf("--class");
        assertThat(cls).as(s + ": spark-submit names --class").isPositive();
        assertThat(words.get(cls + 1)).as(s + ": the main class").isEqualTo(Main.class.getName());
        String jar = words.get(cls + 2);
        assertThat(Path.of(jar.replaceFirst("^local://", "")).getFileName().toString()).as(s + ": the jar the build "
                + "makes").isEqualTo(JAR);
        parsesAsMain(s, words.subList(cls + 3, words.size()));
    }

    private static void databricks(Snippet s, List<String> words) throws Exception {
        if (words.subList(1, 3).equals(List.of("fs", "cp"))) {
            assertThat(Path.of(words.get(3)).getFileName().toString()).as(s + ": the jar the build makes")
                    .isEqualTo(JAR);
            assertThat(words.get(3)).isEqualTo("greenlight-spark/target/" + JAR);
            return;
        }
        assertThat(words.subList(1, 4)).as(s + ": databricks fs cp or jobs submit --json")
                .isEqualTo(List.of("jobs", "submit", "--json"));
        JsonNode job = JSON.readTree(words.get(4));
        for (JsonNode task : job.get("tasks")) {
            JsonNode jarTask = task.get("spark_jar_task");
            assertThat(jarTask.get("main_class_name").asText()).isEqualTo(Main.class.getName());
            List<String> parameters = new ArrayList<>();
            jarTask.get("parameters").forEach(p -> parameters.add(p.asText()));
            parsesAsMain(s, parameters);
            assertThat(task.get("libraries").toString()).as(s + ": the job's library is the jar").contains(JAR);
        }
    }

    private static void parsesAsMain(Snippet s, List<String> args) {
        try {
            CommandLine.ParseResult r = new CommandLine(new Main()).parseArgs(args.toArray(String[]::new));
            assertThat(r.hasSubcommand()).as(s + ": " + args + " names profile or metrics").isTrue();
        } catch (CommandLine.ParameterException e) {
            fail(s + ": " + args + " does not parse as greenlight spark's arguments: " + e.getMessage());
        }
    }

    private static void compiles(Snippet s) {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("spark", "SparkSession");
        given.put("predictions", "Dataset<Row>");
        given.put("prod", "Dataset<Row>");
        String errors = DocSnippets.compileErrors(s, List.of("dev.greenlight.spark.*", "dev.greenlight.profile.*",
                "dev.greenlight.io.*", "dev.greenlight.time.*", "org.apache.spark.sql.*", "java.nio.file.*"), given,
                dir.resolve("java-" + s.line()));
        assertThat(errors).as(s + " does not compile").isNull();
    }
}
