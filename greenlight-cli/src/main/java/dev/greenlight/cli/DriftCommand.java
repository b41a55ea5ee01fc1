package dev.greenlight.cli;

import dev.greenlight.concurrent.Beside;
import dev.greenlight.io.output.Outputs;
import dev.greenlight.io.output.PendingFolder;
import dev.greenlight.drift.Correction;
import dev.greenlight.drift.DriftEngine;
import dev.greenlight.drift.DriftInput;
import dev.greenlight.drift.DriftOptions;
import dev.greenlight.drift.DriftReport;
import dev.greenlight.drift.DriftTests;
import dev.greenlight.drift.WindowDrift;
import dev.greenlight.drift.WindowedDrift;
import dev.greenlight.drift.integrity.IntegrityChecks;
import dev.greenlight.drift.integrity.IntegrityFinding;
import dev.greenlight.error.GreenlightException;
import dev.greenlight.io.DriftSources;
import dev.greenlight.report.drift.DriftJson;
import dev.greenlight.report.drift.DriftText;
import dev.greenlight.report.drift.WindowDriftJson;
import dev.greenlight.report.drift.WindowDriftText;
import dev.greenlight.report.timings.TimingsText;
import dev.greenlight.time.PhaseTimes;
import dev.greenlight.time.ProcessStart;
import dev.greenlight.time.Window;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code greenlight drift}: compares a current dataset with a reference, column by column and as a whole. */
@Command(name = "drift", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Compares the current data with the reference: a drift test per column, the share of drifted "
                + "columns, and multivariate drift. REFERENCE and CURRENT are data files (CSV, Parquet, JSON Lines) "
                + "or profiles written by 'greenlight profile'.")
final class DriftCommand implements Callable<Integer> {

    @Option(names = {"-r", "--reference"}, required = true, paramLabel = "FILE",
            description = "Reference data or profile (e.g. the training set).")
    Path reference;

    @Option(names = {"-c", "--current"}, required = true, paramLabel = "FILE",
            description = "Current data or profile (test, validation, a production sample).")
    Path current;

    @Option(names = "--columns", split = ",", paramLabel = "COLUMN",
            description = "Columns to compare (comma-separated). Default: all columns in common.")
    List<String> columns = new ArrayList<>();

    @Option(names = "--categorical", split = ",", paramLabel = "COLUMN", description = "Columns to compare as "
            + "categories although they hold numbers (integer codes such as an education level 1-24), as "
            + "features.types does for check. Comma-separated.")
    List<String> categorical = new ArrayList<>();

    @Option(names = "--test", paramLabel = "NAME", description = "One test for every column it applies to: ks, "
            + "chi2, z, wasserstein, psi, js, anderson, cvm, linf, cramer_v, hellinger, tvd, energy, fisher, mmd. Default: chosen per column by type and "
            + "size (docs/drift.md).")
    String test;

    @Option(names = "--threshold", paramLabel = "X", description = "Threshold for every column: the p-value below "
            + "which a test flags drift, or the distance from which a distance does. Default: each test's own.")
    Double threshold;

    @Option(names = "--min-effect", paramLabel = "X", defaultValue = "0", description = "The smallest effect size "
            + "that matters (Wasserstein / reference sd for numbers, total variation distance for categories): by "
            + "default a column drifts when its adjusted p-value is below 0.05 and its effect exceeds both this and "
            + "what chunks of the reference show among themselves. Default: ${DEFAULT-VALUE}.")
    double minEffect;

    @Option(names = "--correction", paramLabel = "NAME", defaultValue = "bh", description = "Multiple-testing "
            + "correction across columns: bh (Benjamini-Hochberg), bonferroni or none. Default: ${DEFAULT-VALUE}.")
    String correction;

    @Option(names = "--reference-thresholds", description = "Learn the thresholds of distances from chunks of the "
            + "reference (mean + 3 sd), as NannyML does.")
    boolean referenceThresholds;

    @Option(names = "--label", paramLabel = "COLUMN", description = "A label column (label drift). Repeatable.")
    List<String> labels = new ArrayList<>();

    @Option(names = "--prediction", paramLabel = "COLUMN", description = "A model-output column (prediction "
            + "drift). Repeatable.")
    List<String> predictions = new ArrayList<>();

    @Option(names = "--no-multivariate", description = "Skip the domain classifier and the PCA reconstruction "
            + "error.")
    boolean noMultivariate;

    @Option(names = "--timestamp", paramLabel = "COLUMN", description = "Also compare each time window of the "
            + "current data with the reference, by this date or time column.")
    String timestamp;

    @Option(names = "--window", paramLabel = "SIZE", defaultValue = "week", description = "Window for --timestamp: "
            + "day, week or month, or a count and a unit (12h, 30d, 2w, 1q). Default: ${DEFAULT-VALUE}.")
    String window;

    @Option(names = "--exact-limit", paramLabel = "ROWS", defaultValue = "2000000", description = "Data files with "
            + "more rows are streamed into profiles (bounded memory, sketch accuracy). Default: ${DEFAULT-VALUE}.")
    long exactLimit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "json or table. "
            + "Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Also write drift.json (and windows.json, "
            + "integrity.txt) into DIR.")
    Path out;

    @Option(names = "--force", description = "Replace the files of an earlier run in --out.")
    boolean force;

    @Option(names = "--timings", description = "Print the wall time of each phase (opening and reading each file, "
            + "the tests, multivariate drift, the integrity checks, writing) and the process's CPU time on standard "
            + "error.")
    boolean timings;

    @Option(names = "--fail-on-drift", description = "Exit with 1 when the dataset drifts (for CI).")
    boolean failOnDrift;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!timings) {
            return compare();
        }
        java.time.Instant started = java.time.Instant.now();
        PhaseTimes recording = PhaseTimes.record();
        try {
            return compare();
        } finally {
            PhaseTimes.stop();
            PrintWriter err = spec.commandLine().getErr();
            err.print(TimingsText.render(recording, ProcessStart.instant(),
                    started, java.time.Instant.now(), recording.processCpuSeconds()));
            err.flush();
        }
    }

    /** The integrity checks between the two tables, started on another thread; none unless both are raw data. */
    private Beside<List<IntegrityFinding>> integrity(DriftInput ref, DriftInput cur) {
        if (!(ref instanceof DriftInput.Raw r) || !(cur instanceof DriftInput.Raw c)) {
            return Beside.done(List.of());
        }
        String target = labels.isEmpty() ? null : labels.get(0);
        return Beside.start(() -> {
            try (var phase = PhaseTimes.start("integrity")) {
                return IntegrityChecks.between(r.table(), c.table(), cur.label(), target);
            }
        });
    }

    private Integer compare() {
        if (threshold != null && !(threshold >= 0)) {
            throw new GreenlightException("--threshold must be 0 or more (a p-value level or a distance), got "
                    + threshold);
        }
        if (!(minEffect >= 0)) {
            throw new GreenlightException("--min-effect must be 0 or more (an effect size), got " + minEffect);
        }
        if (test != null) {
            DriftTests.named(test);
        }
        DriftOptions options = DriftOptions.defaults().withColumns(columns).withTest(test).withThreshold(threshold)
                .withCorrection(Correction.fromKey(correction)).withReferenceThresholds(referenceThresholds)
                .withRoles(Set.copyOf(labels), Set.copyOf(predictions)).withMultivariate(!noMultivariate)
                .withMinimumEffect(minEffect);
        Window timeWindow = timestamp == null ? null : Window.parse(window);
        Outputs outputs = Outputs.of(force, reference, current);
        if (out != null) {
            outputs.requireFolder(out);
        }
        DriftInput[] inputs;
        try (var phase = PhaseTimes.start("read both files")) {
            inputs = DriftSources.openBoth(reference, current, exactLimit);
        }
        DriftInput ref = inputs[0].withCategorical(categorical);
        DriftInput cur = inputs[1].withCategorical(categorical);
        // the integrity checks need only the two tables: they run beside the comparison
        Beside<List<IntegrityFinding>> checks = integrity(ref, cur);
        DriftReport report;
        List<WindowDrift> windows = List.of();
        try {
            report = DriftEngine.compare(ref, cur, options);
            if (timeWindow != null) {
                if (!(ref instanceof DriftInput.Raw r) || !(cur instanceof DriftInput.Raw c)) {
                    throw new GreenlightException("--timestamp needs raw data on both sides, not profiles");
                }
                windows = WindowedDrift.compare(r.table(), c.table(), timestamp, timeWindow,
                        options.withColumns(report.columns().stream().map(x -> x.name())
                                .filter(n -> !n.equals(timestamp)).toList()));
            }
        } catch (RuntimeException | Error e) {
            checks.abandon();
            throw e;
        }
        List<IntegrityFinding> integrity = checks.join();
        PrintWriter stdout = spec.commandLine().getOut();
        var writing = PhaseTimes.start("write the report");
        String json = DriftJson.write(report);
        if (format == OutputFormat.json) {
            stdout.println(json);
        } else {
            stdout.print(DriftText.render(report));
            WindowDriftText.print(stdout, windows, timeWindow);
            for (IntegrityFinding f : integrity) {
                stdout.println("Integrity: " + f.message());
            }
        }
        stdout.flush();
        if (out != null) {
            try (PendingFolder set = outputs.openFolder(out)) {
                set.writeText("drift.json", json + "\n");
                if (windows.isEmpty()) {
                    set.omit("windows.json");
                } else {
                    set.writeText("windows.json", WindowDriftJson.write(windows));
                }
                StringBuilder text = new StringBuilder();
                integrity.forEach(f -> text.append(f.kind().key()).append(": ").append(f.message()).append('\n'));
                set.writeText("integrity.txt", text.toString());
                set.commit();
            }
        }
        writing.close();
        return failOnDrift && report.dataset().drift() ? ExitCode.NOT_READY : ExitCode.OK;
    }
}
