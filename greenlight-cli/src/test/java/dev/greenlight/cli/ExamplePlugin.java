package dev.greenlight.cli;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Builds {@code examples/jvm-provider} as {@code mvn package} would (its sources compiled against Greenlight's
 * classes, its resources beside them, one jar), into a copy of the example's folder, so tests use the example's
 * real code without Maven and without writing into the source tree.
 */
final class ExamplePlugin {
    private ExamplePlugin() {
    }

    /** The example's folder copied into {@code dir}, with target/jvm-provider.jar built; returns its yaml. */
    static Path copyWithJar(Path dir) throws IOException {
        Path example = Cli.repo().resolve("examples/jvm-provider");
        Path copy = Files.createDirectories(dir.resolve("jvm-provider"));
        String yaml = Files.readString(example.resolve("greenlight.yaml"))
                .replace("../breast-cancer-onnx/", Cli.repo().resolve("examples/breast-cancer-onnx") + "/");
        Path config = Files.writeString(copy.resolve("greenlight.yaml"), yaml);
        build(example, copy.resolve("target/jvm-provider.jar"));
        return config;
    }

    static void build(Path project, Path jar) throws IOException {
        Path classes = Files.createDirectories(jar.getParent().resolve("classes"));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "--release", "17", "-cp",
                System.getProperty("java.class.path")));
        try (Stream<Path> s = Files.walk(project.resolve("src/main/java"))) {
            s.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = javac.run(null, null, err, args.toArray(String[]::new));
        if (rc != 0) {
            throw new IllegalStateException("the example plug-in does not compile:\n"
                    + err.toString(StandardCharsets.UTF_8));
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            add(j, classes);
            add(j, project.resolve("src/main/resources"));
        }
    }

    private static void add(JarOutputStream j, Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                j.putNextEntry(new JarEntry(root.relativize(p).toString().replace('\\', '/')));
                j.write(Files.readAllBytes(p));
                j.closeEntry();
            }
        }
    }
}
