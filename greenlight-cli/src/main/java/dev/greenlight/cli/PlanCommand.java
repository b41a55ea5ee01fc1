package dev.greenlight.cli;

import dev.greenlight.api.Greenlight;
import dev.greenlight.checklist.ChecklistReport;
import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.io.output.Outputs;
import dev.greenlight.report.plan.ProductionPlan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code greenlight plan}: the draft production plan alone, on standard output or to a file. */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Runs the checklist and prints the draft production plan (Markdown): the team's answers, the "
                + "evidence per item, and the open questions.")
final class PlanCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CONFIG", description = "The configuration file (greenlight.yaml).")
    Path config;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the plan to FILE instead of "
            + "standard output.")
    Path output;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "No progress on standard error.")
    boolean quiet;

    @CommandLine.Mixin
    PluginOption plugins;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        GreenlightConfig cfg = Greenlight.load(config);
        Outputs outputs = Outputs.of(force, cfg.inputFiles());
        if (output != null) {
            outputs.requireFile(output);
        }
        ChecklistReport report = CheckCommand.runChecklist(cfg, plugins, quiet, spec);
        String plan = new ProductionPlan().render(report);
        if (output == null) {
            spec.commandLine().getOut().print(plan);
            spec.commandLine().getOut().flush();
        } else {
            outputs.writeText(output, plan);
        }
        return ExitCode.OK;
    }
}
