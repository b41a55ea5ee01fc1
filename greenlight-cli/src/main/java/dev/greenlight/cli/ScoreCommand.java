package dev.greenlight.cli;

import dev.greenlight.config.ConfigLoader;
import dev.greenlight.config.GreenlightConfig.ModelConfig;
import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.config.ModelRole;
import dev.greenlight.io.output.Outputs;
import dev.greenlight.model.BatchScorer;
import dev.greenlight.model.FallbackModel;
import dev.greenlight.model.Model;
import dev.greenlight.model.ModelContext;
import dev.greenlight.model.ModelInputs;
import dev.greenlight.model.Models;
import dev.greenlight.plugin.Plugins;
import dev.greenlight.report.score.PredictionsCsv;
import dev.greenlight.table.Table;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code greenlight score}: batch scoring of a dataset with a configured model. */
@Command(name = "score", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Scores a dataset with the configuration's primary model (or --model) in batches, with "
                + "progress, and writes the predictions as CSV: the id (or row number), the prediction, one "
                + "probability column per class for a classifier, and which model served each row when a "
                + "fallback is declared.")
final class ScoreCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CONFIG", description = "The configuration file (greenlight.yaml).")
    Path config;

    @Option(names = "--dataset", paramLabel = "ROLE", defaultValue = "test",
            description = "train, test, validation or production. Default: ${DEFAULT-VALUE}.")
    String dataset;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Where to write the CSV.")
    Path out;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Option(names = "--model", paramLabel = "NAME", description = "Score with this model. Default: the primary, "
            + "backed by the fallback when one is declared.")
    String model;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "256",
            description = "Rows per call. Default: ${DEFAULT-VALUE}.")
    int batchSize;

    @Option(names = {"-q", "--quiet"}, description = "No progress on standard error.")
    boolean quiet;

    @CommandLine.Mixin
    PluginOption plugins;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (batchSize < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--batch-size must be 1 or more, found "
                    + batchSize);
        }
        GreenlightConfig cfg = ConfigLoader.load(config);
        // refused before scoring: the test file, the configuration or a model as --out, or a file without --force
        Outputs outputs = Outputs.of(force, cfg.inputFiles());
        outputs.requireFile(out);
        try (Plugins p = plugins.open(cfg)) {
            return p.run(() -> score(cfg, outputs));
        }
    }

    private int score(GreenlightConfig cfg, Outputs outputs) {
        List<ModelConfig> named = BenchCommand.select(cfg, model == null ? List.of() : List.of(model));
        ModelConfig chosen = model == null ? cfg.primaryModel().orElseThrow() : named.get(0);
        Table rows = BenchCommand.readDataset(cfg, dataset);
        ModelContext context = new ModelContext(cfg.task(), ModelInputs.defaultFeatures(cfg, rows));
        boolean withFallback = chosen.role() == ModelRole.PRIMARY && cfg.fallbackModel().isPresent();
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        BatchScorer.Scored scored;
        try (Model m = open(cfg, chosen, context, withFallback)) {
            scored = BatchScorer.score(m, rows, batchSize, ConsoleProgress.of(quiet, err));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        new PredictionsCsv(cfg, rows).write(scored, out, outputs);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "Scored %d rows of %s with '%s' (%s) in %.1f s: %s%n", rows.rowCount(),
                cfg.datasets().declared().get(dataset).getFileName(), chosen.name(), chosen.type(), seconds, out);
        if (withFallback) {
            String fb = cfg.fallbackModel().get().name();
            long served = scored.rowsServedBy(fb);
            if (served > 0) {
                stdout.println("The fallback '" + fb + "' served " + served + " of " + rows.rowCount() + " rows: '"
                        + chosen.name() + "' failed or passed its " + chosen.timeoutOrDefault().toMillis()
                        + " ms timeout (column served_by).");
            }
        }
        stdout.flush();
        return ExitCode.OK;
    }

    /** The model, wrapped with the fallback when it should serve on failure or time-out. */
    private static Model open(GreenlightConfig cfg, ModelConfig chosen, ModelContext context, boolean withFallback) {
        Model main = Models.load(chosen, context);
        if (!withFallback) {
            return main;
        }
        ModelConfig fb = cfg.fallbackModel().get();
        try {
            return new FallbackModel(chosen.name(), main, chosen.timeoutOrDefault(), fb.name(), Models.load(fb,
                    context));
        } catch (RuntimeException e) {
            main.close();
            throw e;
        }
    }
}
