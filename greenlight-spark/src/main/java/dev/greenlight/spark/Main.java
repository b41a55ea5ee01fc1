package dev.greenlight.spark;

import dev.greenlight.error.GreenlightException;
import org.apache.spark.sql.AnalysisException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.io.PrintWriter;

/**
 * Entry point for {@code spark-submit --class dev.greenlight.spark.Main greenlight-spark.jar profile|metrics ...}
 * and for {@code ./greenlight spark ...}. Exit codes as the {@code greenlight} command: 0 done, 2 invalid input
 * (the message says what and where), 3 an internal error.
 */
@Command(name = "greenlight spark", mixinStandardHelpOptions = true,
        description = "Greenlight's profiles and metrics computed on Apache Spark.",
        subcommands = {SparkProfileCommand.class, SparkMetricsCommand.class})
public final class Main implements Runnable {
    static final int OK = 0;
    static final int INVALID_INPUT = 2;
    static final int INTERNAL_ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "expected a subcommand: profile or metrics");
    }

    public static void main(String[] args) {
        int code = execute(args, System.out, System.err);
        if (code != OK) {
            System.exit(code);
        }
    }

    /** Runs the command line; returns the exit code. */
    static int execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((e, command, parsed) -> {
            GreenlightException g = greenlightCause(e);
            if (g != null) {
                err.println("greenlight spark: " + g.getMessage());
                return INVALID_INPUT;
            }
            if (e instanceof AnalysisException a) {
                err.println("greenlight spark: " + a.getSimpleMessage());
                return INVALID_INPUT;
            }
            err.println("greenlight spark: internal error (please report it): " + e);
            e.printStackTrace(err);
            return INTERNAL_ERROR;
        });
        return cl.execute(args);
    }

    /**
     * The Greenlight error behind a failure; a task's exception reaches the driver as a SparkException whose
     * message carries the original's.
     */
    static GreenlightException greenlightCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof GreenlightException g) {
                return g;
            }
        }
        String m = String.valueOf(e.getMessage());
        String marker = "dev.greenlight.error.InvalidDataException: ";
        int at = m.indexOf(marker);
        if (at >= 0) {
            String rest = m.substring(at + marker.length());
            int nl = rest.indexOf('\n');
            return new GreenlightException(nl < 0 ? rest : rest.substring(0, nl), e);
        }
        return null;
    }
}
