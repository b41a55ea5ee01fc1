package dev.greenlight.cli;

import dev.greenlight.api.CheckOptions;
import dev.greenlight.api.Greenlight;
import dev.greenlight.checklist.CheckResult;
import dev.greenlight.checklist.ChecklistReport;
import dev.greenlight.checklist.Verdict;
import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.io.output.Outputs;
import dev.greenlight.report.Cells;
import dev.greenlight.report.Reports;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code greenlight check}: runs the whole checklist and writes every report. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Runs the production-readiness checklist on the datasets a configuration names and writes "
                + "report.json, report.md, report.html, junit.xml and production-plan.md.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CONFIG", description = "The configuration file (greenlight.yaml).")
    Path config;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "greenlight-report",
            description = "Folder for the reports (created if needed). Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--strict", description = "Exit with 1 when the verdict is READY_WITH_WARNINGS too.")
    boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "No progress on standard error.")
    boolean quiet;

    @CommandLine.Mixin
    PluginOption plugins;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        GreenlightConfig cfg = Greenlight.load(config);
        // refused before the checklist runs (an input, a file, an empty path), not after minutes of work
        Outputs.of(true, cfg.inputFiles()).requireFolder(out);
        ChecklistReport report = runChecklist(cfg, plugins, quiet, spec);
        List<Path> files = Reports.writeAll(report, out);
        print(stdout, report, files);
        return exitCode(report.verdict(), strict);
    }

    /** Runs the checklist with the plug-ins, with progress on the command's error stream. */
    static ChecklistReport runChecklist(GreenlightConfig cfg, PluginOption plugins, boolean quiet,
                                        CommandLine.Model.CommandSpec spec) {
        return Greenlight.check(cfg, CheckOptions.DEFAULTS.withPlugins(plugins.plugins)
                .withProgress(ConsoleProgress.of(quiet, spec.commandLine().getErr())));
    }

    static int exitCode(Verdict v, boolean strict) {
        return switch (v) {
            case READY -> ExitCode.OK;
            case READY_WITH_WARNINGS -> strict ? ExitCode.NOT_READY : ExitCode.OK;
            case NOT_READY -> ExitCode.NOT_READY;
        };
    }

    private static void print(PrintWriter w, ChecklistReport r, List<Path> files) {
        w.println(r.modelName() + (r.modelVersion() == null ? "" : " " + r.modelVersion()) + ": "
                + r.verdict().name());
        for (CheckResult i : r.items()) {
            w.printf("  %-7s %-19s %s%n", Cells.statusLabel(i.status()), i.info().id(), i.summary());
        }
        w.println("Reports: " + String.join(", ", files.stream().map(Path::toString).toList()));
        w.flush();
    }
}
