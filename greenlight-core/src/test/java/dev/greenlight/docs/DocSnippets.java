package dev.greenlight.docs;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The fenced snippets of README.md and docs/*.md, for the tests that check them. A fence's first word is the
 * snippet's language; further words are tags. A tag naming a module ({@code spark}, {@code client}) hands the
 * snippet to that module's tests, which have on their class path what it needs; every other snippet is checked by
 * the command line's {@code DocSnippetsTest}.
 */
public final class DocSnippets {
    private static final Pattern FENCE = Pattern.compile("^```(\\S*)(.*)$");
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])(--?[a-zA-Z][\\w-]*)");
    /** Tags that hand a snippet to the named module's own snippet test. */
    public static final Set<String> MODULE_TAGS = Set.of("spark", "client");

    private DocSnippets() {
    }

    /** One fenced block: where it starts, its language, its tags and its text. */
    public record Snippet(Path file, int line, String lang, Set<String> tags, String text) {
        public boolean tagged(String tag) {
            return tags.contains(tag);
        }

        /** The module tag, or null when the command line's test checks the snippet. */
        public String module() {
            return tags.stream().filter(MODULE_TAGS::contains).findFirst().orElse(null);
        }

        /**
         * The snippet's commands: lines joined where one ends with a backslash or a quote is still open, blank lines
         * and comment lines left out, each with the comment that follows it on its line (a sample of its output).
         */
        public List<Command> commands() {
            List<Command> out = new ArrayList<>();
            StringBuilder joined = new StringBuilder();
            for (String raw : text.split("\n")) {
                String line = raw.strip();
                if (joined.isEmpty() && (line.isEmpty() || line.startsWith("#"))) {
                    continue;
                }
                if (line.endsWith("\\")) {
                    joined.append(line, 0, line.length() - 1).append(' ');
                    continue;
                }
                joined.append(line);
                if (openQuote(joined)) {   // a quoted word goes on over the line's end, as in a shell
                    joined.append('\n');
                    continue;
                }
                out.add(Command.of(joined.toString()));
                joined.setLength(0);
            }
            if (!joined.isEmpty()) {
                out.add(Command.of(joined.toString().strip()));
            }
            return out;
        }

        /**
         * The synopsis entries of a {@code text} block: each line that starts with {@code greenlight }, joined with
         * the indented lines that continue it.
         *
         * @throws AssertionError for a line that is neither (sample output belongs in a {@code text output} block)
         */
        public List<String> synopses() {
            List<String> entries = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (line.startsWith("greenlight ")) {
                    entries.add(line);
                } else if (line.startsWith(" ") && !entries.isEmpty()) {
                    entries.set(entries.size() - 1, entries.get(entries.size() - 1) + " " + line.strip());
                } else if (!line.isBlank()) {
                    throw new AssertionError(this + ": '" + line + "' is neither a synopsis line nor its "
                            + "continuation (mark sample output ```text output)");
                }
            }
            return entries;
        }

        /** The options a synopsis entry names after its first {@code skip} words. */
        public static List<String> options(String entry, int skip) {
            String[] words = entry.split("\\s+");
            String rest = String.join(" ", java.util.Arrays.asList(words).subList(Math.min(skip, words.length),
                    words.length));
            Set<String> out = new LinkedHashSet<>();
            Matcher m = OPTION.matcher(rest);
            while (m.find()) {
                out.add(m.group(1));
            }
            return List.copyOf(out);
        }

        @Override
        public String toString() {
            return repo().relativize(file) + ":" + line + " (" + lang + (tags.isEmpty() ? "" : " "
                    + String.join(" ", tags)) + ")";
        }
    }

    /**
     * One command of a shell snippet.
     *
     * @param text    the command, without its trailing comment
     * @param comment the text after {@code  # } on its line, or null
     */
    public record Command(String text, String comment) {
        static Command of(String line) {
            int at = line.indexOf(" # ");
            if (at < 0) {
                return new Command(line.strip(), null);
            }
            return new Command(line.substring(0, at).strip(), line.substring(at + 3).strip());
        }

        /** The words of the command, quotes removed as a shell would ('a b' and "a b" are one word). */
        public List<String> words() {
            List<String> out = new ArrayList<>();
            StringBuilder w = new StringBuilder();
            char quote = 0;
            boolean inWord = false;
            for (char c : text.toCharArray()) {
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    } else {
                        w.append(c);
                    }
                } else if (c == '\'' || c == '"') {
                    quote = c;
                    inWord = true;
                } else if (Character.isWhitespace(c)) {
                    if (inWord) {
                        out.add(w.toString());
                        w.setLength(0);
                        inWord = false;
                    }
                } else {
                    w.append(c);
                    inWord = true;
                }
            }
            if (quote != 0) {
                throw new IllegalArgumentException("unclosed quote in: " + text);
            }
            if (inWord) {
                out.add(w.toString());
            }
            return out;
        }
    }

    private static boolean openQuote(CharSequence text) {
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
        }
        return quote != 0;
    }

    /** The repository root (the folder holding examples/ and docs/). */
    public static Path repo() {
        Path dir = Path.of("").toAbsolutePath();
        while (!(Files.isDirectory(dir.resolve("examples")) && Files.isDirectory(dir.resolve("docs")))) {
            dir = dir.getParent();
            if (dir == null) {
                throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
            }
        }
        return dir;
    }

    /** Every fenced snippet of README.md and docs/*.md, in file order. */
    public static List<Snippet> all() {
        try {
            List<Path> files = new ArrayList<>(List.of(repo().resolve("README.md")));
            try (Stream<Path> docs = Files.list(repo().resolve("docs"))) {
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
                    Set<String> tags = new LinkedHashSet<>();
                    for (String t : m.group(2).strip().split("\\s+")) {
                        if (!t.isEmpty()) {
                            tags.add(t);
                        }
                    }
                    out.add(new Snippet(f, start + 1, m.group(1), tags, body.toString()));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The snippets a module's own test checks: those tagged with its name. */
    public static List<Snippet> taggedFor(String module) {
        return all().stream().filter(s -> s.tagged(module)).toList();
    }

    /**
     * Compiles a Java snippet as the body of a method, against this JVM's class path. Names the snippet uses without
     * declaring them ({@code given}: name to type) become the method's parameters.
     *
     * @return javac's messages, or null when it compiled
     */
    public static String compileErrors(Snippet s, List<String> imports, Map<String, String> given, Path folder) {
        StringBuilder src = new StringBuilder();
        List<String> body = new ArrayList<>();
        for (String line : s.text().split("\n")) {
            if (line.startsWith("import ")) {
                src.append(line).append('\n');   // a snippet's own imports stay imports
            } else {
                body.add(line);
            }
        }
        String code = String.join("\n", body);
        imports.forEach(i -> src.append("import ").append(i).append(";\n"));
        src.append("class Snippet {\n  void run(");
        List<String> params = new ArrayList<>();
        given.forEach((name, type) -> {
            if (Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(code).find()
                    && !Pattern.compile("\\b" + Pattern.quote(name) + "\\s*=[^=]").matcher(code).find()) {
                params.add(type + " " + name);
            }
        });
        src.append(String.join(", ", params)).append(") throws Exception {\n").append(code).append("\n  }\n}\n");
        try {
            Files.createDirectories(folder);
            Path file = Files.writeString(folder.resolve("Snippet.java"), src.toString());
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            int rc = javac.run(null, null, err, "-d", folder.toString(), "-cp",
                    System.getProperty("java.class.path"), "-proc:none", file.toString());
            return rc == 0 ? null : err.toString(StandardCharsets.UTF_8) + "\n--- source ---\n" + src;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
