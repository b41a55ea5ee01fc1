package dev.greenlight.spark;

import dev.greenlight.io.output.Outputs;
import dev.greenlight.io.output.PendingFolder;
import dev.greenlight.time.Window;
import dev.greenlight.profile.DatasetProfile;
import dev.greenlight.profile.ProfileFile;
import dev.greenlight.report.profile.ProfileText;
import dev.greenlight.time.Window;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code profile}: the profile of a data set, or one profile per time window, in Greenlight's profile format. */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = "Profiles a data set on Spark into a Greenlight profile file that 'greenlight drift "
                + "--reference A.profile --current B.profile' reads; with --window-column, one profile per window.")
final class SparkProfileCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "PATH", description = "A file or a folder of part "
            + "files, on any file system Spark reads (file:, hdfs:, s3a:, abfss:, gs:).")
    String input;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv, parquet or json; by default told by the "
            + "extension.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The profile file to write; with "
            + "--window-column, a folder that receives one YYYY-MM-DD.profile per window.")
    Path out;

    @Option(names = "--force", description = "Replace an existing output.")
    boolean force;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[2]; by default "
            + "spark-submit's, else local[*].")
    String master;

    @Option(names = "--window-column", paramLabel = "COLUMN", description = "A date or timestamp column: write one "
            + "profile per window of it.")
    String windowColumn;

    @Option(names = "--window", paramLabel = "WINDOW", defaultValue = "day", description = "day, week (from "
            + "Monday) or month, in UTC. Default: ${DEFAULT-VALUE}.")
    String window;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Window w = windowColumn == null ? null : Window.parse(window);
        Outputs outputs = SparkInput.outputs(input, force);
        if (w == null) {
            outputs.requireFile(out);
        } else {
            outputs.requireFolder(out);
        }
        SparkSession spark = SparkSessions.open(master);
        PrintWriter console = spec.commandLine().getOut();
        try {
            var data = SparkInput.read(spark, input, format);
            String source = SparkInput.sourceName(input);
            if (w == null) {
                DatasetProfile profile = GreenlightSpark.profile(data, source);
                outputs.writeBytes(out, ProfileFile.toBytes(profile));
                console.print(ProfileText.render(profile));
                console.println("Profile written to " + out);
            } else {
                WindowedProfiles windows = GreenlightSpark.windowProfiles(data, windowColumn, w, source);
                writeWindows(windows, outputs, console);
            }
            console.flush();
            return Main.OK;
        } finally {
            spark.stop();
        }
    }

    /** The per-window profiles as one set: a reader never sees this run's windows beside an earlier run's. */
    private void writeWindows(WindowedProfiles windows, Outputs outputs, PrintWriter console) {
        try (PendingFolder set = outputs.openFolder(out)) {
            for (Map.Entry<LocalDate, DatasetProfile> e : windows.profiles().entrySet()) {
                String name = e.getKey() + ".profile";
                set.writeBytes(name, ProfileFile.toBytes(e.getValue()));
                console.println(e.getKey() + ": " + e.getValue().rows() + " rows -> " + out.resolve(name));
            }
            set.commit();
        }
        if (windows.withoutTimestamp() > 0) {
            console.println(windows.withoutTimestamp() + " rows have no " + windowColumn + " and are in no window");
        }
    }
}
