package dev.greenlight.checklist;

import dev.greenlight.checklist.data.DatasetPreparer;
import dev.greenlight.checklist.data.EvaluationData;
import dev.greenlight.checklist.data.LoadedModels;
import dev.greenlight.checklist.data.ModelOutcomes;
import dev.greenlight.checklist.data.PreparedDataset;
import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.config.GreenlightConfig.ModelConfig;
import dev.greenlight.error.GreenlightException;
import dev.greenlight.error.InvalidConfigException;
import dev.greenlight.progress.Progress;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Runs every registered {@link Check} on one configuration and judges the whole: prepares the data, runs the
 * checks in checklist order (one failing check never stops the others), applies the team's waivers and computes
 * the verdict.
 */
public final class Checklist {
    private final List<Check> checks;
    private final String toolVersion;
    private final Clock clock;

    public Checklist(List<Check> checks, String toolVersion, Clock clock) {
        List<Check> sorted = new ArrayList<>(checks);
        sorted.sort(Comparator.comparingInt((Check c) -> c.info().order()).thenComparing(c -> c.info().id()));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).info().id().equals(sorted.get(i - 1).info().id())) {
                throw new IllegalStateException("two checks share the id '" + sorted.get(i).info().id() + "'");
            }
        }
        this.checks = List.copyOf(sorted);
        this.toolVersion = toolVersion;
        this.clock = clock;
    }

    /**
     * The checks found through {@link ServiceLoader} by the thread's context class loader (which sees the
     * plug-ins while {@link dev.greenlight.plugin.Plugins#run} runs), else by the loader of this class.
     */
    public static Checklist standard(String toolVersion) {
        List<Check> found = new ArrayList<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        ServiceLoader.load(Check.class, loader != null ? loader : Checklist.class.getClassLoader())
                .forEach(found::add);
        return new Checklist(found, toolVersion, Clock.systemDefaultZone());
    }

    public List<CheckInfo> checks() {
        return checks.stream().map(Check::info).toList();
    }

    /**
     * Reads the data and runs every check; each model is loaded once for the whole run, and every configured model
     * is loaded before the first check: a model that cannot be loaded is a configuration error (exit code 2 on the
     * command line), not a failed item.
     */
    public ChecklistReport run(GreenlightConfig config, Progress progress) {
        Waivers.requireKnownItems(config, checks());
        try (LoadedModels models = LoadedModels.perRun()) {
            EvaluationData data = DatasetPreparer.prepare(config, progress, models);
            loadEach(config, data, models);
            return run(config, data, progress, models);
        }
    }

    private static void loadEach(GreenlightConfig config, EvaluationData data, LoadedModels models) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < config.models().size(); i++) {
            ModelConfig m = config.models().get(i);
            try {
                models.load(m, ModelOutcomes.context(data)).close();
            } catch (GreenlightException e) {
                problems.add(config.locations().describe("/models/" + i, "the " + m.role().key() + " model '"
                        + m.name() + "' cannot be loaded: " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
    }

    public ChecklistReport run(GreenlightConfig config, EvaluationData data, Progress progress) {
        Waivers.requireKnownItems(config, checks());
        try (LoadedModels models = LoadedModels.perRun()) {
            return run(config, data, progress, models);
        }
    }

    private ChecklistReport run(GreenlightConfig config, EvaluationData data, Progress progress,
                                LoadedModels models) {
        LocalDate today = LocalDate.now(clock);
        CheckContext context = new CheckContext(config, data, today, progress, models);
        Waivers waivers = new Waivers(config.waivers(), today);
        List<CheckResult> results = new ArrayList<>();
        int i = 0;
        for (Check check : checks) {
            i++;
            String what = "[" + i + "/" + checks.size() + "] " + check.info().id();
            progress.step(what);
            long t0 = System.nanoTime();
            CheckResult r;
            try {
                r = check.run(context);
            } catch (RuntimeException e) {
                r = CheckResult.error(check.info(), e, 0);
            }
            long millis = (System.nanoTime() - t0) / 1_000_000;
            r = waivers.apply(r.withDuration(millis));
            progress.done(what + ": " + r.status(), millis);
            results.add(r);
        }
        List<String> notes = new ArrayList<>(data.notes());
        notes.addAll(waivers.unused(checks()));
        return new ChecklistReport(toolVersion, Instant.now(clock), config.file().toString(), config.sha256(),
                config.model().name(), config.model().version(), config.task().key(), datasets(data), notes,
                results, Verdict.of(results.stream().map(CheckResult::status).toList()));
    }

    private static List<DatasetInfo> datasets(EvaluationData data) {
        List<DatasetInfo> out = new ArrayList<>();
        for (PreparedDataset d : data.datasets().values()) {
            out.add(new DatasetInfo(d.role(), d.file().path().toString(),
                    d.file().format().name().toLowerCase(java.util.Locale.ROOT), d.file().sha256(), d.rows(),
                    d.table().columnCount()));
        }
        return out;
    }
}
