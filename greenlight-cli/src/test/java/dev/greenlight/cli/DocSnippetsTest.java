package dev.greenlight.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.greenlight.config.ConfigLoader;
import dev.greenlight.docs.DocSnippets;
import dev.greenlight.docs.DocSnippets.Snippet;
import dev.greenlight.error.InvalidConfigException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every fenced snippet of README.md and docs/*.md is checked, by its language:
 * <ul>
 *   <li>{@code yaml}: a configuration (a fragment is merged into a minimal one) that the loader accepts, data files
 *       that do not exist aside; {@code yaml github-actions}: each {@code run:} command parses;</li>
 *   <li>{@code bash}: each {@code ./greenlight} command runs (exit 0 or 1; outputs redirected to a temporary
 *       folder), each {@code mvn} line is one CI runs ({@code .ci/run}); {@code ./greenlight serve ... &} starts the
 *       real server as its own process (on a free port, a temporary store), and each {@code curl} after it is sent
 *       to it, its answer compared with the JSON in the line's comment when there is one;</li>
 *   <li>{@code text}: a synopsis whose every command and option exists; {@code text output} is sample output;</li>
 *   <li>{@code json} parses; {@code xml} parses; {@code java} compiles against Greenlight; {@code mermaid}: each arrow
 *       is a module dependency;</li>
 * </ul>
 * A block of another language fails the test, so a new kind of snippet gets a check before it is published. A block
 * tagged with a module's name ({@code java spark}, {@code java client}) is checked by that module's own snippet test
 * instead, with that module on the class path ({@link DocSnippets}).
 */
class DocSnippetsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> everySnippetIsChecked() {
        List<Snippet> all = DocSnippets.all();
        assertThat(all).as("snippets found").hasSizeGreaterThan(10);
        return all.stream().filter(s -> s.module() == null)
                .map(s -> DynamicTest.dynamicTest(s.toString(), () -> check(s)));
    }

    /** A snippet tagged with a module's name is checked by that module's own snippet test, which must exist. */
    @Test
    void snippetsTaggedForAModuleHaveThatModulesTest() throws IOException {
        Set<String> tags = new LinkedHashSet<>();
        DocSnippets.all().stream().map(Snippet::module).filter(java.util.Objects::nonNull).forEach(tags::add);
        assertThat(tags).as("module tags in use").isNotEmpty();
        for (String tag : tags) {
            Path tests = Cli.repo().resolve("greenlight-" + tag).resolve("src/test/java");
            try (Stream<Path> files = Files.walk(tests)) {
                assertThat(files.anyMatch(f -> f.getFileName().toString().endsWith("DocSnippetsTest.java")))
                        .as("greenlight-" + tag + " has a *DocSnippetsTest for the snippets tagged '" + tag + "'")
                        .isTrue();
            }
        }
    }

    private static void check(Snippet s) throws Exception {
        switch (s.lang()) {
            case "yaml" -> {
                if (s.tagged("github-actions")) {
                    commandsIn(s.text(), "run: ").forEach(c -> parses(s, c));
                } else {
                    configurationValidates(s);
                }
            }
            case "bash" -> bash(s);
            case "text" -> {
                if (!s.tagged("output")) {
                    synopsis(s);
                }
            }
            case "json" -> JSON.readTree(s.text());
            case "xml" -> javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(("<snippet>" + s.text() + "</snippet>")
                            .getBytes(StandardCharsets.UTF_8)));
            case "java" -> compiles(s);
            case "mermaid" -> arrowsAreDependencies(s);
            default -> fail(s + ": no check for snippets in '" + s.lang() + "'; add one to DocSnippetsTest");
        }
    }

    /**
     * A module diagram: each arrow {@code a --> b} (chains too) is a dependency of greenlight-b on greenlight-a in the
     * poms, so the picture cannot drift from the build.
     */
    private static void arrowsAreDependencies(Snippet s) {
        Map<String, Set<String>> modules = ModuleLayoutTest.moduleGraph(Cli.repo());
        int arrows = 0;
        for (String line : s.text().split("\n")) {
            String[] nodes = line.trim().split("\\s*-->\\s*");
            for (int i = 1; i < nodes.length; i++) {
                String from = "greenlight-" + nodes[i - 1].trim();
                String to = "greenlight-" + nodes[i].trim();
                assertThat(modules).as(s + ": " + to).containsKey(to);
                assertThat(modules.get(to)).as(s + ": " + to + " depends on " + from).contains(from);
                arrows++;
            }
        }
        assertThat(arrows).as(s + " arrows").isPositive();
    }

    /** A minimal valid configuration that a fragment's keys are merged into. */
    private static final String BASE = """
            version: 1
            model: {name: snippet}
            task: binary
            target: target
            prediction: {label: prediction, score: score}
            datasets: {train: train.csv, test: test.csv}
            """;

    private static void configurationValidates(Snippet s) throws IOException {
        Map<String, Object> fragment = new Yaml(new SafeConstructor(new LoaderOptions())).load(s.text());
        // the snippet's text as written (dates stay dates), after the base's lines for the keys it does not set
        StringBuilder text = new StringBuilder();
        for (String line : BASE.split("\n")) {
            String key = line.substring(0, line.indexOf(':'));
            boolean replaced = fragment.containsKey(key) || key.equals("prediction") && fragment.containsKey("models");
            if (!replaced) {
                text.append(line).append('\n');
            }
        }
        text.append(s.text());
        Path folder = Files.createDirectories(dir.resolve("yaml-" + s.file().getFileName() + "-" + s.line()));
        Path file = Files.writeString(folder.resolve("greenlight.yaml"), text.toString());
        try {
            ConfigLoader.load(file);
        } catch (InvalidConfigException e) {
            List<String> real = e.problems().stream().filter(p -> !p.contains(" not found: ")).toList();
            assertThat(real).as(s + ": problems other than files that exist only on the reader's disk").isEmpty();
        }
    }

    private static List<String> commandsIn(String text, String prefix) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            int at = l.indexOf(prefix);
            if (at >= 0) {
                out.add(l.substring(at + prefix.length()).strip());
            }
        }
        return out;
    }

    /** The arguments of a {@code ./greenlight ...} command. */
    private static List<String> args(String command) {
        List<String> words = new DocSnippets.Command(command, null).words();
        assertThat(words.get(0)).as("a greenlight command: " + command).isIn("./greenlight", "greenlight");
        return new ArrayList<>(words.subList(1, words.size()));
    }

    private static void parses(Snippet s, String command) {
        assertThat(command).as(s + ": a greenlight command").matches("(\\./)?greenlight .*");
        try {
            GreenlightCommand.commandLine().parseArgs(args(command).toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            fail(s + ": '" + command + "' does not parse: " + e.getMessage());
        }
    }

    private static void bash(Snippet s) throws Exception {
        String ci = Files.readString(Cli.repo().resolve(".ci/run"));
        try (DocServer server = new DocServer(Files.createDirectories(dir.resolve("serve-" + s.line())))) {
            for (DocSnippets.Command c : s.commands()) {
                String line = c.text();
                if (line.startsWith("mvn ")) {
                    assertThat(ci).as(s + ": '" + line + "' is a command CI runs").contains(line.replaceAll(
                            " -Dmaven\\.repo\\.local=\\S+", ""));
                } else if (line.startsWith("./greenlight serve ") && line.endsWith("&")) {
                    server.start(args(line.substring(0, line.length() - 1)));
                } else if (line.startsWith("curl ")) {
                    server.curl(s, c);
                } else if (line.matches("sleep \\d+") || line.equals("kill %1")) {
                    assertThat(server.started()).as(s + ": '" + line + "' follows a server started with &").isTrue();
                } else if (line.startsWith("./greenlight ")) {
                    runs(s, line);
                } else {
                    fail(s + ": no check for the command '" + line + "'");
                }
            }
        }
    }

    /** Runs a command as the README shows it, from the repository root, writing its outputs into a temporary folder. */
    private static void runs(Snippet s, String command) throws IOException {
        Path out = Files.createDirectories(dir.resolve("run-" + s.file().getFileName() + "-" + s.line()));
        if (command.contains("examples/jvm-provider")) {
            // the plug-in jar is what `mvn package` of the example writes; PluginCommandTest builds it the same way
            Path config = ExamplePlugin.copyWithJar(Files.createDirectories(dir.resolve("plugin-" + s.line())));
            command = command.replace("examples/jvm-provider", config.getParent().toString());
        }
        List<String> args = args(command);
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (i > 0 && Set.of("--out", "-o", "--output").contains(args.get(i - 1))) {
                args.set(i, out.resolve(Path.of(a).getFileName()).toString());
            } else if (!a.startsWith("-") && Files.exists(Cli.repo().resolve(a))) {
                args.set(i, Cli.repo().resolve(a).toString());
            }
        }
        if (args.get(0).equals("check") && !args.contains("--out")) {
            args.addAll(List.of("--out", out.toString()));
        }
        if (leaf(args).getCommandSpec().findOption("--quiet") != null) {
            args.add(1, "--quiet");
        }
        Cli r = Cli.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(s + ": " + command + "\n" + r.err()).isIn(0, 1);
    }

    /** The subcommand a command line names (e.g. {@code labels agreement}). */
    private static CommandLine leaf(List<String> args) {
        CommandLine c = GreenlightCommand.commandLine();
        for (String a : args) {
            CommandLine sub = c.getSubcommands().get(a);
            if (sub == null) {
                break;
            }
            c = sub;
        }
        return c;
    }

    /**
     * Each {@code greenlight SUB ...} synopsis names a command and options it has. Lines naming
     * {@code greenlight spark} are checked by greenlight-spark's SparkDocSnippetsTest, which has that command.
     */
    private static void synopsis(Snippet s) {
        List<String> entries = s.synopses();
        assertThat(entries).as(s + ": synopsis lines").isNotEmpty();
        for (String e : entries) {
            if (e.startsWith("greenlight spark ")) {
                continue;
            }
            List<String> words = List.of(e.split("\\s+"));
            CommandLine c = GreenlightCommand.commandLine();
            int used = 1;
            while (used < words.size() && c.getSubcommands().containsKey(words.get(used))) {
                c = c.getSubcommands().get(words.get(used++));
            }
            if (used == 1) {
                assertThat(words.get(1)).as(s + ": '" + e + "' names a command").startsWith("-");
            }
            for (String o : Snippet.options(e, used)) {
                assertThat(c.getCommandSpec().findOption(o)).as(s + ": '" + String.join(" ", words.subList(0, used))
                        + "' has the option " + o).isNotNull();
            }
        }
    }

    private static final List<String> IMPORTS = List.of("dev.greenlight.api.*", "dev.greenlight.checklist.*",
            "dev.greenlight.config.*", "dev.greenlight.drift.*", "dev.greenlight.drift.integrity.*",
            "dev.greenlight.profile.*", "dev.greenlight.metrics.*", "dev.greenlight.report.drift.*",
            "dev.greenlight.table.*", "dev.greenlight.time.*",
            "java.nio.file.*", "java.util.*", "static dev.greenlight.assertions.GreenlightAssertions.assertThat");
    /** Names snippets use without declaring them: the wrapper method receives them. */
    private static final Map<String, String> GIVEN = new LinkedHashMap<>();

    static {
        GIVEN.put("config", "GreenlightConfig");
        GIVEN.put("report", "ChecklistReport");
        GIVEN.put("trainTable", "Table");
        GIVEN.put("testTable", "Table");
        GIVEN.put("referenceTable", "Table");
        GIVEN.put("analysisTable", "Table");
        GIVEN.put("labelsTable", "Table");
        GIVEN.put("train", "Table");
        GIVEN.put("test", "Table");
        GIVEN.put("table", "Table");
        GIVEN.put("production", "Table");
        GIVEN.put("profile", "DatasetProfile");
        GIVEN.put("target", "String");
        GIVEN.put("predictionColumns", "String[]");
        GIVEN.put("options", "DriftOptions");
        GIVEN.put("referenceColumn", "Column");
        GIVEN.put("currentPresentValues", "double");
        GIVEN.put("chunkRows", "long");
        GIVEN.put("adjustedP", "double");
        GIVEN.put("effectSize", "double");
    }

    private static void compiles(Snippet s) {
        String errors = DocSnippets.compileErrors(s, IMPORTS, GIVEN,
                dir.resolve("java-" + s.file().getFileName() + "-" + s.line()));
        assertThat(errors).as(s + " does not compile").isNull();
    }
}
