package dev.greenlight.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.greenlight.config.ConfigLoader;
import dev.greenlight.error.InvalidConfigException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import picocli.CommandLine;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every fenced snippet of README.md and docs/*.md is checked, by its language:
 * <ul>
 *   <li>{@code yaml}: a configuration (a fragment is merged into a minimal one) that the loader accepts, data files
 *       that do not exist aside; {@code yaml github-actions}: each {@code run:} command parses;</li>
 *   <li>{@code bash}: each {@code ./greenlight} line runs (exit 0 or 1; outputs redirected to a temporary folder),
 *       each {@code mvn} line is one CI runs ({@code .ci/run});</li>
 *   <li>{@code text}: a synopsis whose every command and option exists; {@code text output} is sample output;</li>
 *   <li>{@code json} parses; {@code xml} parses; {@code java} compiles against Greenlight.</li>
 * </ul>
 * A block of another language fails the test, so a new kind of snippet gets a check before it is published.
 */
class DocSnippetsTest {
    private static final Pattern FENCE = Pattern.compile("^```(\\S*)(.*)$");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    record Snippet(Path file, int line, String lang, String tags, String text) {
        @Override
        public String toString() {
            return Cli.repo().relativize(file) + ":" + line + " (" + lang + (tags.isBlank() ? "" : " " + tags.strip())
                    + ")";
        }
    }

    static List<Snippet> snippets() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Cli.repo().resolve("README.md")));
        try (Stream<Path> docs = Files.list(Cli.repo().resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        List<Snippet> out = new ArrayList<>();
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = FENCE.matcher(lines.get(i));
                if (!m.matches()) {
                    continue;
                }
                int start = i;
                StringBuilder body = new StringBuilder();
                for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                    body.append(lines.get(i)).append('\n');
                }
                out.add(new Snippet(f, start + 1, m.group(1), m.group(2), body.toString()));
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everySnippetIsChecked() throws IOException {
        List<Snippet> all = snippets();
        assertThat(all).as("snippets found").hasSizeGreaterThan(10);
        return all.stream().map(s -> DynamicTest.dynamicTest(s.toString(), () -> check(s)));
    }

    private static void check(Snippet s) throws Exception {
        switch (s.lang()) {
            case "yaml" -> {
                if (s.tags().contains("github-actions")) {
                    commandsIn(s.text(), "run: ").forEach(c -> parses(s, c));
                } else {
                    configurationValidates(s);
                }
            }
            case "bash" -> bash(s);
            case "text" -> {
                if (!s.tags().contains("output")) {
                    synopsis(s);
                }
            }
            case "json" -> JSON.readTree(s.text());
            case "xml" -> javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(("<snippet>" + s.text() + "</snippet>")
                            .getBytes(StandardCharsets.UTF_8)));
            case "java" -> compiles(s);
            default -> fail(s + ": no check for snippets in '" + s.lang() + "'; add one to DocSnippetsTest");
        }
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

    /** The arguments of a {@code ./greenlight ...} line. */
    private static List<String> args(String command) {
        String c = command.replaceFirst("^(\\./)?greenlight\\s+", "");
        List<String> out = new ArrayList<>();
        for (String a : c.split("\\s+")) {
            if (!a.isEmpty()) {
                out.add(a);
            }
        }
        return out;
    }

    private static void parses(Snippet s, String command) {
        assertThat(command).as(s + ": a greenlight command").matches("(\\./)?greenlight .*");
        try {
            GreenlightCommand.commandLine().parseArgs(args(command).toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            fail(s + ": '" + command + "' does not parse: " + e.getMessage());
        }
    }

    private static void bash(Snippet s) throws IOException {
        String ci = Files.readString(Cli.repo().resolve(".ci/run"));
        for (String raw : s.text().split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("mvn ")) {
                assertThat(ci).as(s + ": '" + line + "' is a command CI runs").contains(line.replaceAll(
                        " -Dmaven\\.repo\\.local=\\S+", ""));
            } else if (line.startsWith("./greenlight ")) {
                runs(s, line);
            } else {
                fail(s + ": no check for the command '" + line + "'");
            }
        }
    }

    /** Runs a command as the README shows it, from the repository root, writing its outputs into a temporary folder. */
    private static void runs(Snippet s, String command) throws IOException {
        List<String> args = new ArrayList<>(args(command));
        Path out = Files.createDirectories(dir.resolve("run-" + s.line()));
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
        args.add(1, "--quiet");
        if (command.contains("examples/jvm-provider")) {
            // the plug-in jar is what `mvn package` of the example writes; PluginCommandTest builds it the same way
            Path config = ExamplePlugin.copyWithJar(Files.createDirectories(dir.resolve("plugin-" + s.line())));
            for (int i = 0; i < args.size(); i++) {
                args.set(i, args.get(i).replace(Cli.repo().resolve("examples/jvm-provider").toString(),
                        config.getParent().toString()));
            }
        }
        Cli r = Cli.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(s + ": " + command + "\n" + r.err()).isIn(0, 1);
    }

    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])(--?[a-zA-Z][\\w-]*)");

    /** Each {@code greenlight SUB ...} synopsis (continuation lines indented) names options SUB has. */
    private static void synopsis(Snippet s) {
        CommandLine root = GreenlightCommand.commandLine();
        List<String> entries = new ArrayList<>();
        for (String line : s.text().split("\n")) {
            if (line.startsWith("greenlight ")) {
                entries.add(line);
            } else if (line.startsWith(" ") && !entries.isEmpty()) {
                entries.set(entries.size() - 1, entries.get(entries.size() - 1) + " " + line.strip());
            } else if (!line.isBlank()) {
                fail(s + ": '" + line + "' is neither a synopsis line nor its continuation (mark sample output "
                        + "```text output)");
            }
        }
        assertThat(entries).as(s + ": synopsis lines").isNotEmpty();
        for (String e : entries) {
            String[] words = e.split("\\s+");
            CommandLine sub = root.getSubcommands().get(words[1]);
            CommandLine.Model.CommandSpec spec = sub == null ? root.getCommandSpec() : sub.getCommandSpec();
            if (sub == null) {
                assertThat(words[1]).as(s + ": '" + e + "' names a command").startsWith("-");
            }
            Set<String> options = new LinkedHashSet<>();
            Matcher m = OPTION.matcher(e.substring(e.indexOf(words[1]) + words[1].length()));
            while (m.find()) {
                options.add(m.group(1));
            }
            for (String o : options) {
                assertThat(spec.findOption(o)).as(s + ": '" + words[1] + "' has the option " + o).isNotNull();
            }
        }
    }

    private static final List<String> IMPORTS = List.of("dev.greenlight.api.*", "dev.greenlight.checklist.*",
            "dev.greenlight.config.*", "dev.greenlight.drift.*", "dev.greenlight.drift.integrity.*",
            "dev.greenlight.profile.*", "dev.greenlight.metrics.*", "dev.greenlight.table.*", "java.nio.file.*",
            "java.util.*");
    /** Names snippets use without declaring them: the wrapper method receives them. */
    private static final Map<String, String> GIVEN = new LinkedHashMap<>();

    static {
        GIVEN.put("config", "GreenlightConfig");
        GIVEN.put("report", "ChecklistReport");
        GIVEN.put("trainTable", "Table");
        GIVEN.put("testTable", "Table");
        GIVEN.put("train", "Table");
        GIVEN.put("test", "Table");
        GIVEN.put("table", "Table");
        GIVEN.put("production", "Table");
        GIVEN.put("profile", "DatasetProfile");
        GIVEN.put("target", "String");
        GIVEN.put("predictionColumns", "String[]");
        GIVEN.put("options", "DriftOptions");
    }

    private static void compiles(Snippet s) throws IOException {
        StringBuilder src = new StringBuilder();
        IMPORTS.forEach(i -> src.append("import ").append(i).append(";\n"));
        src.append("import static dev.greenlight.assertions.GreenlightAssertions.assertThat;\n");
        src.append("class Snippet {\n  void run(");
        List<String> params = new ArrayList<>();
        GIVEN.forEach((name, type) -> {
            if (!Pattern.compile("\\b" + Pattern.quote(name) + "\\s*=[^=]").matcher(s.text()).find()) {
                params.add(type + " " + name);
            }
        });
        src.append(String.join(", ", params)).append(") throws Exception {\n").append(s.text()).append("  }\n}\n");
        Path folder = Files.createDirectories(dir.resolve("java-" + s.file().getFileName() + "-" + s.line()));
        Path file = Files.writeString(folder.resolve("Snippet.java"), src.toString());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, err, "-d", folder.toString(), "-cp", System.getProperty("java.class.path"),
                "-proc:none", file.toString());
        assertThat(rc).as(s + " does not compile:\n" + err.toString(StandardCharsets.UTF_8)).isZero();
    }
}
