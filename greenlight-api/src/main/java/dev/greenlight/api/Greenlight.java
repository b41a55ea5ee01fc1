package dev.greenlight.api;

import dev.greenlight.checklist.Checklist;
import dev.greenlight.checklist.ChecklistReport;
import dev.greenlight.config.ConfigLoader;
import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.drift.DriftEngine;
import dev.greenlight.drift.DriftInput;
import dev.greenlight.drift.DriftOptions;
import dev.greenlight.drift.DriftReport;
import dev.greenlight.io.DataFile;
import dev.greenlight.io.DriftSources;
import dev.greenlight.io.OutcomeColumns;
import dev.greenlight.io.OutcomeTable;
import dev.greenlight.io.ReadOptions;
import dev.greenlight.io.TableReader;
import dev.greenlight.metrics.Bootstrap;
import dev.greenlight.metrics.ConfidenceInterval;
import dev.greenlight.metrics.MetricIntervals;
import dev.greenlight.metrics.Outcomes;
import dev.greenlight.metrics.Task;
import dev.greenlight.plugin.Plugins;
import dev.greenlight.report.Reports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Greenlight as a library: the one entry point a Java program or a test suite needs. Every method returns an
 * immutable result (records and unmodifiable lists) and throws only {@link dev.greenlight.error.GreenlightException}
 * subtypes for bad input, with the message the command line would print.
 *
 * <pre>{@code
 * ChecklistReport report = Greenlight.check(Path.of("greenlight.yaml"));
 * if (report.verdict() == Verdict.NOT_READY) { ... }
 * Greenlight.writeReports(report, Path.of("greenlight-report"));
 * }</pre>
 *
 * <p>The same work as {@code greenlight check}, {@code greenlight drift} and {@code greenlight metrics}; the command
 * line calls these methods.
 */
public final class Greenlight {

    private Greenlight() {
    }

    /**
     * Greenlight's version, as the command line's {@code --version} prints it.
     *
     * @return the version, or {@code unknown} when the build left none
     */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = Greenlight.class.getResourceAsStream("greenlight-api.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    /**
     * Reads and validates a {@code greenlight.yaml}.
     *
     * @param configFile the configuration file
     * @return the validated configuration, paths resolved against the file's folder
     * @throws dev.greenlight.error.InvalidConfigException with every problem, each with file, line and key
     */
    public static GreenlightConfig load(Path configFile) {
        return ConfigLoader.load(configFile);
    }

    /**
     * Loads the configuration and runs the checklist on it, as {@code greenlight check} does.
     *
     * @param configFile the configuration file
     * @return every item's result and the verdict
     */
    public static ChecklistReport check(Path configFile) {
        return check(load(configFile), CheckOptions.DEFAULTS);
    }

    /**
     * Runs the checklist on a configuration (loaded, or built with {@link GreenlightConfig#builder()}).
     *
     * @param config the configuration
     * @return every item's result and the verdict
     */
    public static ChecklistReport check(GreenlightConfig config) {
        return check(config, CheckOptions.DEFAULTS);
    }

    /**
     * Runs the checklist with the options' plug-ins and the configuration's {@code plugins:} on the class path of
     * the run: their model providers serve {@code type: jvm} models and their checks join the nine items.
     *
     * @param config  the configuration
     * @param options plug-ins and progress
     * @return every item's result and the verdict
     */
    public static ChecklistReport check(GreenlightConfig config, CheckOptions options) {
        List<Plugins.Location> locations = new ArrayList<>(Plugins.locations(options.plugins(), "--plugin"));
        locations.addAll(Plugins.locations(config.plugins(), config.file() + " (plugins:)"));
        try (Plugins plugins = Plugins.open(locations)) {
            return plugins.run(() -> Checklist.standard(version()).run(config, options.progress()));
        }
    }

    /**
     * Writes report.json, report.md, report.html, junit.xml and production-plan.md into a folder (created if
     * needed).
     *
     * @param report the checklist's result
     * @param folder where to write
     * @return the files written
     */
    public static List<Path> writeReports(ChecklistReport report, Path folder) {
        return Reports.writeAll(report, folder);
    }

    /**
     * Compares two data files (or profiles) with the default tests and thresholds, as {@code greenlight drift}.
     *
     * @param reference the reference data (e.g. the training set)
     * @param current   the data compared with it
     * @return a test per column, the share of drifted columns and the multivariate tests
     */
    public static DriftReport drift(Path reference, Path current) {
        return drift(reference, current, DriftOptions.defaults());
    }

    /**
     * Compares two data files (or profiles written by {@code greenlight profile}) with the given options.
     *
     * @param reference the reference data (e.g. the training set)
     * @param current   the data compared with it
     * @param options   columns, tests, thresholds and correction
     * @return a test per column, the share of drifted columns and the multivariate tests
     */
    public static DriftReport drift(Path reference, Path current, DriftOptions options) {
        DriftInput[] inputs = DriftSources.openBoth(reference, current, DriftSources.DEFAULT_EXACT_ROW_LIMIT);
        return DriftEngine.compare(inputs[0], inputs[1], options);
    }

    /**
     * Every metric that applies to a file's predictions, with a 95% interval (Wilson, DeLong, or a bootstrap seeded
     * with {@link MetricIntervals#DEFAULT_SEED}), as {@code greenlight metrics} prints them.
     *
     * @param data    a data file with the truth and the model's output
     * @param columns which columns hold what
     * @return one interval per metric that applies to the task
     */
    public static List<ConfidenceInterval> metrics(Path data, OutcomeColumns columns) {
        Set<String> numeric = new HashSet<>();
        boolean regression = columns.task() == Task.REGRESSION;
        for (String c : new String[] {columns.score(), columns.weight(), regression ? columns.target() : null,
                regression ? columns.prediction() : null}) {
            if (c != null) {
                numeric.add(c);
            }
        }
        DataFile file = TableReader.read(data, new ReadOptions(Map.of(), numeric));
        Outcomes outcomes = OutcomeTable.read(file, columns);
        return MetricIntervals.all(columns.task(), outcomes, Bootstrap.seeded(MetricIntervals.DEFAULT_SEED),
                MetricIntervals.LEVEL);
    }
}
