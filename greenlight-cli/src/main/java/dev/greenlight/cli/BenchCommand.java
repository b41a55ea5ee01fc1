package dev.greenlight.cli;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.config.ConfigLoader;
import dev.greenlight.config.GreenlightConfig.ModelConfig;
import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.error.GreenlightException;
import dev.greenlight.io.ReadOptions;
import dev.greenlight.io.TableReader;
import dev.greenlight.model.ModelInputs;
import dev.greenlight.model.bench.BenchJson;
import dev.greenlight.model.bench.BenchPlan;
import dev.greenlight.model.bench.BenchReport;
import dev.greenlight.model.bench.Benchmark;
import dev.greenlight.model.bench.ModelBenchmark;
import dev.greenlight.plugin.Plugins;
import dev.greenlight.report.bench.BenchTable;
import dev.greenlight.table.Column;
import dev.greenlight.table.Table;
import dev.greenlight.text.Suggestions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code greenlight bench}: the system benchmark of a configuration's models. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Benchmarks the configuration's models, each in a fresh JVM: load time; latency percentiles "
                + "(p50, p90, p99, p99.9, max) per batch size and concurrency level after a warm-up; throughput; "
                + "CPU time per prediction; peak heap and resident memory; model size; cost per 1,000 predictions "
                + "from the configured price per instance-hour. The harness's own overhead is measured on a no-op "
                + "model and reported.")
final class BenchCommand implements Callable<Integer> {
    /** Rows sampled from the dataset to call the models with, cycled when a batch needs more. */
    static final int SAMPLE_ROWS = 1024;

    @Parameters(index = "0", paramLabel = "CONFIG", description = "The configuration file (greenlight.yaml).")
    Path config;

    @Option(names = "--model", paramLabel = "NAME", description = "Benchmark only this model (repeatable). "
            + "Default: every model.")
    List<String> models = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default) or json.")
    OutputFormat format;

    @Option(names = "--dataset", paramLabel = "ROLE", defaultValue = "test",
            description = "The dataset whose rows the models are called with. Default: ${DEFAULT-VALUE}.")
    String dataset;

    @Option(names = "--warmup", paramLabel = "N", description = "Override bench.warmup.")
    Integer warmup;

    @Option(names = "--iterations", paramLabel = "N", description = "Override bench.iterations.")
    Integer iterations;

    @Option(names = "--max-seconds", paramLabel = "S", description = "Override bench.max_seconds.")
    Double maxSeconds;

    @Option(names = {"-q", "--quiet"}, description = "No progress on standard error.")
    boolean quiet;

    @CommandLine.Mixin
    PluginOption plugins;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        GreenlightConfig cfg = ConfigLoader.load(config);
        try (Plugins p = plugins.open(cfg)) {
            return p.run(() -> bench(cfg));
        }
    }

    private int bench(GreenlightConfig cfg) {
        List<ModelConfig> selected = select(cfg, models);
        Table rows = readDataset(cfg, dataset);
        List<String> features = ModelInputs.defaultFeatures(cfg, rows);
        BenchPlan plan = plan(cfg);
        PrintWriter err = spec.commandLine().getErr();
        BenchReport report = Benchmark.run(cfg, selected, sample(rows, features, selected), features, plan,
                ConsoleProgress.of(quiet, err));
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == OutputFormat.json ? BenchJson.write(report) : BenchTable.render(report));
        out.flush();
        boolean failed = false;
        for (ModelBenchmark m : report.models()) {
            if (!m.ok()) {
                err.println("greenlight: error: " + m.error());
                failed = true;
            }
        }
        err.flush();
        return failed ? ExitCode.INVALID_INPUT : ExitCode.OK;
    }

    /** The named models, or every model; an unknown name is an error listing the configured ones. */
    static List<ModelConfig> select(GreenlightConfig cfg, List<String> names) {
        if (cfg.models().isEmpty()) {
            throw new GreenlightException(cfg.file() + " names no models; add a 'models:' list (name, type, path or "
                    + "url) to benchmark them");
        }
        if (names.isEmpty()) {
            return cfg.models();
        }
        List<String> known = cfg.models().stream().map(ModelConfig::name).toList();
        List<ModelConfig> out = new ArrayList<>();
        for (String n : names) {
            out.add(cfg.model(n).orElseThrow(() -> new GreenlightException("--model: no model named '" + n + "' in "
                    + cfg.file().getFileName() + Suggestions.didYouMean(n, known) + "; models: "
                    + String.join(", ", known))));
        }
        return out;
    }

    /** A declared dataset, read with the configuration's type overrides. */
    static Table readDataset(GreenlightConfig cfg, String role) {
        Map<String, Path> declared = cfg.datasets().declared();
        Path file = declared.get(role);
        if (file == null) {
            throw new GreenlightException("--dataset: no dataset '" + role + "' in " + cfg.file().getFileName()
                    + Suggestions.didYouMean(role, declared.keySet()) + "; datasets: "
                    + String.join(", ", declared.keySet()));
        }
        return TableReader.read(file, new ReadOptions(cfg.features().types(), Set.of())).table();
    }

    private BenchPlan plan(GreenlightConfig cfg) {
        BenchPlan p = BenchPlan.of(cfg.bench());
        try {
            return new BenchPlan(p.batchSizes(), p.concurrency(), warmup != null ? warmup : p.warmup(),
                    iterations != null ? iterations : p.iterations(), maxSeconds != null ? maxSeconds
                    : p.maxSeconds());
        } catch (InvalidDataException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--warmup must be 0 or more, --iterations "
                    + "1 or more and --max-seconds above 0");
        }
    }

    /** Up to {@link #SAMPLE_ROWS} rows of the columns the models read. */
    private static Table sample(Table rows, List<String> features, List<ModelConfig> models) {
        Set<String> read = new LinkedHashSet<>(features);
        models.forEach(m -> {
            if (m.inputs() != null) {
                read.addAll(m.inputs());
            }
        });
        List<Column> cols = new ArrayList<>();
        for (String c : read) {
            rows.find(c).ifPresent(cols::add);
        }
        int n = Math.min(rows.rowCount(), SAMPLE_ROWS);
        int[] first = new int[n];
        for (int i = 0; i < n; i++) {
            first[i] = i;
        }
        return Table.of(cols).select(first);
    }
}
