package dev.greenlight.cli;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the module layout honest (docs/architecture.md): dependencies point one way, from core through data and
 * statistics and the checks to the reports and the entry points; greenlight-core depends on no other module;
 * greenlight-model and greenlight-drift read no files (they do not depend on greenlight-io, and drift's classes
 * use no file API); every renderer is in greenlight-report. The module graph comes from the poms, the classes from
 * the compiled code on this module's class path (every module but spark, bench and client). Each rule is also run
 * on a made-up breach, so a rule that cannot fail is caught too.
 */
class ModuleLayoutTest {
    /** Each module's layer: a module may depend on modules of its own layer or below, never above. */
    static final Map<String, Integer> LAYERS = new LinkedHashMap<>();
    static final List<String> LAYER_NAMES = List.of("core", "data and statistics", "checks", "reports",
            "entry points (command line, server, library, Spark)");

    static {
        LAYERS.put("greenlight-core", 0);
        for (String m : List.of("evaluation", "config", "io", "drift", "model", "monitor", "diagnose")) {
            LAYERS.put("greenlight-" + m, 1);
        }
        LAYERS.put("greenlight-checklist", 2);
        LAYERS.put("greenlight-report", 3);
        for (String m : List.of("api", "assertions", "cli", "serve", "client", "spark", "bench", "bom")) {
            LAYERS.put("greenlight-" + m, 4);
        }
    }

    /** Classes outside greenlight-report allowed to write JSON or to carry a renderer's name, and why. */
    static final Map<String, String> NOT_RENDERERS = Map.of(
            "dev.greenlight.model.bench.BenchJson", "the benchmark's file format: the worker process writes a model's "
                    + "entry and the benchmark reads it back (a codec, not a view)",
            "dev.greenlight.model.bench.Benchmark", "writes the worker's request in BenchJson's format",
            "dev.greenlight.model.bench.BenchWorker", "writes its result in BenchJson's format",
            "dev.greenlight.split.SplitManifest", "the split manifest, a file that split writes and reads back to "
                    + "check the parts",
            "dev.greenlight.config.ConfigBuilder", "the configuration document itself, which the loader reads",
            "dev.greenlight.serve.http.ApiResponses", "the HTTP API's wire format",
            "dev.greenlight.serve.analysis.AnalysisJson", "the HTTP API's wire format for analyses",
            "dev.greenlight.serve.dashboard.Html", "the live dashboard's escaping; the server's pages are served, not "
                    + "reports (left in greenlight-serve, see docs/architecture.md)");
    /** Packages whose JSON is a request to another system, not output for a person. */
    static final List<String> WIRE_PACKAGES = List.of("dev.greenlight.model.remote");
    static final Pattern RENDERER_NAME = Pattern.compile(".*(Json|Text|Html|Markdown|Csv|Output)");
    static final List<String> FILE_APIS = List.of("java.nio.file.", "java.io.File", "java.io.RandomAccessFile");

    static Path root;
    static Map<String, Set<String>> modules;
    static Map<String, String> packageModule;
    static JavaClasses classes;

    @BeforeAll
    static void read() {
        root = Cli.repo();
        modules = moduleGraph(root);
        packageModule = packageModules(root, modules.keySet());
        classes = new ClassFileImporter()
                .withImportOption(l -> !l.contains("/test-classes/") && !l.contains("-tests.jar"))
                .importPackages("dev.greenlight");
    }

    // ---- the module graph, from the poms

    @Test
    void everyModuleHasALayerAndDependsOnlyDownwards() {
        assertThat(LAYERS.keySet()).as("layers in this test").containsExactlyInAnyOrderElementsOf(modules.keySet());
        assertThat(upwardDependencies(modules, LAYERS)).isEmpty();
    }

    @Test
    void coreDependsOnNoOtherModule() {
        assertThat(modules.get("greenlight-core")).isEmpty();
    }

    @Test
    void modelsAndDriftDoNotDependOnTheReaders() {
        assertThat(closure(modules, "greenlight-model")).doesNotContain("greenlight-io");
        assertThat(closure(modules, "greenlight-drift")).doesNotContain("greenlight-io");
        assertThat(closure(modules, "greenlight-config")).doesNotContain("greenlight-io");
    }

    @Test
    void theGraphRulesCatchABreach() {
        Map<String, Set<String>> broken = new TreeMap<>(modules);
        broken.put("greenlight-core", Set.of("greenlight-report"));
        broken.put("greenlight-model", Set.of("greenlight-config", "greenlight-drift"));
        broken.put("greenlight-drift", Set.of("greenlight-io"));
        assertThat(upwardDependencies(broken, LAYERS)).containsExactly(
                "greenlight-core (core) depends on greenlight-report (reports)");
        assertThat(closure(broken, "greenlight-model")).contains("greenlight-io");
    }

    // ---- the classes

    @Test
    void noPackageIsSplitAcrossModules() {
        // packageModules fails on a package found in two modules; here, every class's package has one module
        Set<String> unknown = new TreeSet<>();
        for (JavaClass c : classes) {
            if (!packageModule.containsKey(c.getPackageName())) {
                unknown.add(c.getPackageName());
            }
        }
        assertThat(unknown).as("packages on the class path that no module's sources hold").isEmpty();
    }

    @Test
    void coreClassesUseNoOtherModule() {
        assertThat(foreignDependencies(classes, packageModule, "greenlight-core")).isEmpty();
    }

    @Test
    void driftUsesNoFileApi() {
        assertThat(fileApiUses(classes, packageModule, "greenlight-drift")).isEmpty();
    }

    @Test
    void everyRendererIsInTheReportModule() {
        assertThat(renderersOutsideReport(classes)).isEmpty();
        assertThat(NOT_RENDERERS.keySet()).as("every exception names a class that exists")
                .allMatch(classes::contain);
        assertThat(classes.contain("dev.greenlight.report.drift.DriftJson")
                && classes.contain("dev.greenlight.drift.DriftEngine")).as("the modules' classes were read").isTrue();
    }

    @Test
    void theClassRulesCatchABreach() {
        JavaClasses fixtures = new ClassFileImporter().importClasses(LayoutBreachJson.class, ModuleLayoutTest.class);
        Map<String, String> modulesOf = Map.of(LayoutBreachJson.class.getPackageName(), "greenlight-cli");
        assertThat(renderersOutsideReport(fixtures)).anyMatch(v -> v.contains("LayoutBreachJson")
                && v.contains("writeValueAsString")).anyMatch(v -> v.contains("LayoutBreachJson") && v.contains("name"));
        assertThat(fileApiUses(fixtures, modulesOf, "greenlight-cli")).anyMatch(v -> v.contains("java.nio.file"));
        Map<String, String> withCore = new LinkedHashMap<>(modulesOf);
        withCore.put("com.tngtech.archunit.core.importer", "greenlight-core");
        assertThat(foreignDependencies(fixtures, withCore, "greenlight-cli")).anyMatch(v -> v.contains("archunit"));
    }

    // ---- the checks, as functions of their input

    static List<String> upwardDependencies(Map<String, Set<String>> graph, Map<String, Integer> layers) {
        List<String> out = new ArrayList<>();
        graph.forEach((m, deps) -> deps.stream().sorted().filter(d -> layers.get(d) > layers.get(m))
                .forEach(d -> out.add(m + " (" + LAYER_NAMES.get(layers.get(m)) + ") depends on " + d + " ("
                        + LAYER_NAMES.get(layers.get(d)) + ")")));
        return out;
    }

    static Set<String> closure(Map<String, Set<String>> graph, String module) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(graph.getOrDefault(module, Set.of()));
        while (!todo.isEmpty()) {
            String m = todo.remove(todo.size() - 1);
            if (seen.add(m)) {
                todo.addAll(graph.getOrDefault(m, Set.of()));
            }
        }
        return seen;
    }

    /** Dependencies of a module's classes on classes of another Greenlight module. */
    static List<String> foreignDependencies(JavaClasses all, Map<String, String> modulesOf, String module) {
        List<String> out = new ArrayList<>();
        for (JavaClass c : all) {
            if (!module.equals(modulesOf.get(c.getPackageName()))) {
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String other = modulesOf.get(d.getTargetClass().getPackageName());
                if (other != null && !other.equals(module)) {
                    out.add(c.getName() + " -> " + d.getTargetClass().getName() + " (" + other + ")");
                }
            }
        }
        return out;
    }

    /** Uses of the JDK's file API by a module's classes. */
    static List<String> fileApiUses(JavaClasses all, Map<String, String> modulesOf, String module) {
        List<String> out = new ArrayList<>();
        for (JavaClass c : all) {
            if (!module.equals(modulesOf.get(c.getPackageName()))) {
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String target = d.getTargetClass().getName();
                if (FILE_APIS.stream().anyMatch(target::startsWith)) {
                    out.add(c.getName() + " -> " + target);
                }
            }
        }
        return out.stream().distinct().toList();
    }

    /** Classes outside greenlight-report that write JSON with Jackson or are named like a renderer. */
    static List<String> renderersOutsideReport(JavaClasses all) {
        List<String> out = new ArrayList<>();
        for (JavaClass c : all) {
            String top = topLevel(c).getName();
            if (c.getPackageName().startsWith("dev.greenlight.report") || NOT_RENDERERS.containsKey(top)
                    || WIRE_PACKAGES.contains(c.getPackageName())) {
                continue;
            }
            if (!c.isNestedClass() && !c.isInterface() && RENDERER_NAME.matcher(c.getSimpleName()).matches()) {
                out.add(c.getName() + ": a renderer's name");
            }
            for (JavaMethodCall call : c.getMethodCallsFromSelf()) {
                if (writesJson(call)) {
                    out.add(c.getName() + " calls " + call.getTargetOwner().getSimpleName() + "." + call.getName());
                }
            }
        }
        return out.stream().distinct().toList();
    }

    private static boolean writesJson(JavaMethodCall call) {
        JavaClass owner = call.getTargetOwner();
        String name = call.getName();
        return (owner.isAssignableTo("com.fasterxml.jackson.databind.ObjectMapper")
                || owner.isAssignableTo("com.fasterxml.jackson.databind.ObjectWriter")) && name.startsWith("writeValue")
                || owner.isAssignableTo("com.fasterxml.jackson.databind.JsonNode") && name.equals("toPrettyString")
                || owner.isAssignableTo("com.fasterxml.jackson.core.JsonGenerator");
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass t = c;
        while (t.getEnclosingClass().isPresent()) {
            t = t.getEnclosingClass().get();
        }
        return t;
    }

    // ---- reading the repository

    /** Each module of the root pom and the Greenlight modules it depends on outside the test scope. */
    static Map<String, Set<String>> moduleGraph(Path root) {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String module : children(pom(root.resolve("pom.xml")), "modules", "module")) {
            Set<String> deps = new TreeSet<>();
            Element project = pom(root.resolve(module).resolve("pom.xml"));
            for (Element dependencies : elements(project, "dependencies")) {
                for (Element d : elements(dependencies, "dependency")) {
                    String scope = text(d, "scope");
                    if ("dev.greenlight".equals(text(d, "groupId")) && !"test".equals(scope)
                            && !"import".equals(scope)) {
                        deps.add(text(d, "artifactId"));
                    }
                }
            }
            graph.put(module, deps);
        }
        return graph;
    }

    /** The module each package's main sources are in; a package in two modules fails. */
    static Map<String, String> packageModules(Path root, Set<String> modules) {
        Map<String, String> out = new TreeMap<>();
        for (String module : modules) {
            Path src = root.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(src)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(src)) {
                files.filter(f -> f.toString().endsWith(".java")).map(f -> src.relativize(f.getParent()).toString()
                        .replace(java.io.File.separatorChar, '.')).distinct().forEach(pkg -> {
                            String before = out.put(pkg, module);
                            assertThat(before).as("package " + pkg + " is in " + before + " and " + module)
                                    .isIn(null, module);
                        });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static Element pom(Path file) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** The child elements of {@code parent} named {@code name} (direct children only). */
    private static List<Element> elements(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<String> children(Element project, String list, String item) {
        return elements(project, list).stream().flatMap(l -> elements(l, item).stream())
                .map(e -> e.getTextContent().trim()).toList();
    }

    private static String text(Element e, String child) {
        List<Element> found = elements(e, child);
        return found.isEmpty() ? null : found.get(0).getTextContent().trim();
    }
}
