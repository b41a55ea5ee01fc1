package dev.greenlight.cli;

import dev.greenlight.error.GreenlightException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** The top-level {@code greenlight} command. */
@Command(name = "greenlight", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Tells, with evidence, whether a trained model is ready for production, and drafts its "
                + "production plan.",
        footer = {"", "Exit codes: 0 ready (or ready with warnings, unless --strict), 1 not ready, "
                + "2 invalid usage, configuration or data, 3 internal error.",
                "Start with: greenlight check examples/breast-cancer/greenlight.yaml --out out"})
public final class GreenlightCommand implements Callable<Integer> {
    /**
     * The subcommands, in the order the usage lists them. Registered on demand ({@link #commandLine(String...)}):
     * picocli builds each one's model by reflection, which costs more start-up time than a small file's whole
     * comparison, so a command line registers only the subcommand it runs.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(CheckCommand.class, InitCommand.class, PlanCommand.class,
            DriftCommand.class, ProfileCommand.class, SplitCommand.class, MetricsCommand.class, SlicesCommand.class,
            FairnessCommand.class, ScoreCommand.class, BenchCommand.class, LabelsCommand.class, SkewCommand.class,
            MonitorCommand.class, DiagnoseCommand.class, ServeCommand.class, CommandLine.HelpCommand.class);

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

    /** The whole command tree, every subcommand registered. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new GreenlightCommand());
        SUBCOMMANDS.forEach(cli::addSubcommand);
        return cli;
    }

    /**
     * The command tree for these arguments: when the first names a subcommand (other than {@code help}), only
     * that one; else all of them, so that usage, help and suggestions for a mistyped command see every one.
     */
    static CommandLine commandLine(String... args) {
        Class<?> named = args.length == 0 ? null : SUBCOMMANDS.stream()
                .filter(c -> c != CommandLine.HelpCommand.class && names(c).contains(args[0])).findFirst()
                .orElse(null);
        if (named == null) {
            return commandLine();
        }
        CommandLine cli = new CommandLine(new GreenlightCommand());
        cli.addSubcommand(named);
        return cli;
    }

    private static List<String> names(Class<?> command) {
        Command c = command.getAnnotation(Command.class);
        List<String> out = new java.util.ArrayList<>(List.of(c.aliases()));
        out.add(c.name());
        return out;
    }

    /** Runs the command line and returns the exit code, printing to the given streams. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = commandLine(args);
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
