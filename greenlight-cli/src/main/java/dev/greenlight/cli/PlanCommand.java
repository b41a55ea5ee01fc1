package dev.greenlight.cli;

import dev.greenlight.checklist.ChecklistReport;
import dev.greenlight.error.GreenlightException;
import dev.greenlight.report.plan.ProductionPlan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    @Option(names = {"-q", "--quiet"}, description = "No progress on standard error.")
    boolean quiet;

    @CommandLine.Mixin
    PluginOption plugins;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ChecklistReport report = CheckCommand.runChecklist(config, plugins, quiet, spec);
        String plan = new ProductionPlan().render(report);
        if (output == null) {
            spec.commandLine().getOut().print(plan);
            spec.commandLine().getOut().flush();
        } else {
            try {
                Path parent = output.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                Files.writeString(output, plan, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new GreenlightException("cannot write " + output + " (" + e.getMessage() + ")", e);
            }
        }
        return ExitCode.OK;
    }
}
