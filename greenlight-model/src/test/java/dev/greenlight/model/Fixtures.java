package dev.greenlight.model;

import dev.greenlight.config.GreenlightConfig.ModelConfig;
import dev.greenlight.config.GreenlightConfig.ModelOutputs;
import dev.greenlight.config.ModelRole;
import dev.greenlight.io.ReadOptions;
import dev.greenlight.io.TableReader;
import dev.greenlight.metrics.Task;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.Table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The committed model files of the examples and the scikit-learn predictions made with them
 * ({@code examples/*}{@code /make_models.py}), which the adapters are checked against.
 */
public final class Fixtures {
    public static final List<String> BREAST_CANCER_FEATURES = List.of("mean radius", "mean texture",
            "mean perimeter", "mean area", "mean smoothness", "mean compactness", "mean concavity",
            "mean concave points", "mean symmetry", "mean fractal dimension", "radius error", "texture error",
            "perimeter error", "area error", "smoothness error", "compactness error", "concavity error",
            "concave points error", "symmetry error", "fractal dimension error", "worst radius", "worst texture",
            "worst perimeter", "worst area", "worst smoothness", "worst compactness", "worst concavity",
            "worst concave points", "worst symmetry", "worst fractal dimension");
    public static final List<String> DIABETES_FEATURES = List.of("age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4",
            "s5", "s6");

    private Fixtures() {
    }

    /** The repository root (the folder holding examples/). */
    public static Path repo() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        return dir;
    }

    public static Path breastCancer(String file) {
        return repo().resolve("examples/breast-cancer-onnx").resolve(file);
    }

    public static Path diabetes(String file) {
        return repo().resolve("examples/diabetes-pmml").resolve(file);
    }

    public static Table read(Path file) {
        return TableReader.read(file, new ReadOptions(Map.of(), Set.of())).table();
    }

    /** The diabetes data with {@code sex} read as a category, as the example's configuration declares it. */
    public static Table diabetesTest() {
        return TableReader.read(diabetes("test.csv"), new ReadOptions(Map.of("sex", ColumnType.CATEGORICAL),
                Set.of())).table();
    }

    /** An expected-values CSV (no quoting, a header row) as text columns by name. */
    public static Map<String, List<String>> expected(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            String[] header = lines.get(0).split(",");
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (String h : header) {
                out.put(h, new ArrayList<>());
            }
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",");
                for (int j = 0; j < header.length; j++) {
                    out.get(header[j]).add(cells[j]);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static double[] numbers(List<String> texts) {
        return texts.stream().mapToDouble(Double::parseDouble).toArray();
    }

    /** The largest absolute difference between two equally long arrays. */
    public static double maxAbsDiff(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new AssertionError(a.length + " values against " + b.length);
        }
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    public static ModelConfig model(String name, String type, Path path) {
        return new ModelConfig(name, type, ModelRole.PRIMARY, path, null, null, null, null, ModelOutputs.DETECT,
                null, type.equals("onnx") ? "cpu" : null, null, null, Map.of());
    }

    public static ModelConfig remote(String name, URI url, String protocol, Duration timeout) {
        return new ModelConfig(name, "remote", ModelRole.PRIMARY, null, url, protocol, null, null,
                ModelOutputs.DETECT, timeout, null, null, null, Map.of());
    }

    public static ModelConfig jvm(String name, String provider, Path path) {
        return new ModelConfig(name, "jvm", ModelRole.PRIMARY, path, null, null, provider, null,
                ModelOutputs.DETECT, null, null, null, null, Map.of());
    }

    public static ModelContext binary() {
        return new ModelContext(Task.BINARY, BREAST_CANCER_FEATURES);
    }

    public static ModelContext regression() {
        return new ModelContext(Task.REGRESSION, DIABETES_FEATURES);
    }
}
