package dev.greenlight.cli;

import dev.greenlight.error.GreenlightException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** The top-level {@code greenlight} command. */
@Command(name = "greenlight", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Tells, with evidence, whether a trained model is ready for production, and drafts its "
                + "production plan.",
        subcommands = {CheckCommand.class, InitCommand.class, PlanCommand.class, DriftCommand.class,
            ProfileCommand.class, SplitCommand.class, MetricsCommand.class, SlicesCommand.class,
            FairnessCommand.class, ScoreCommand.class, BenchCommand.class, LabelsCommand.class, SkewCommand.class,
            MonitorCommand.class, DiagnoseCommand.class, ServeCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ready (or ready with warnings, unless --strict), 1 not ready, "
                + "2 invalid usage, configuration or data, 3 internal error.",
                "Start with: greenlight check examples/breast-cancer/greenlight.yaml --out out"})
public final class GreenlightCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * No command given: a usage error (exit 2) with the usage on standard error, never exit 0, which a CI step would
     * read as READY.
     */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("greenlight: error: no command given; start with: greenlight check CONFIG --out DIR");
        spec.commandLine().usage(err);
        err.flush();
        return ExitCode.INVALID_INPUT;
    }

    /** Runs the command line and returns the exit code, printing to the given streams. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new GreenlightCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter w = commandLine.getErr();
            if (e instanceof GreenlightException) {
                w.println("greenlight: error: " + e.getMessage());
                w.flush();
                return ExitCode.INVALID_INPUT;
            }
            w.println("greenlight: internal error: " + e + " (please report this with the command and data that "
                    + "caused it)");
            if (System.getenv("GREENLIGHT_DEBUG") != null) {
                e.printStackTrace(w);
            } else {
                w.println("greenlight: set GREENLIGHT_DEBUG=1 to see the stack trace");
            }
            w.flush();
            return ExitCode.INTERNAL_ERROR;
        });
        return cli.execute(args);
    }
}
