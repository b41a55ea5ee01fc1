package dev.greenlight.cli;

import dev.greenlight.drift.integrity.IntegrityChecks;
import dev.greenlight.drift.integrity.IntegrityFinding;
import dev.greenlight.io.ProfileFiles;
import dev.greenlight.io.output.Outputs;
import dev.greenlight.io.stream.ColumnarSource;
import dev.greenlight.io.stream.StreamingProfiler;
import dev.greenlight.profile.DatasetProfile;
import dev.greenlight.profile.ProfileFile;
import dev.greenlight.report.profile.ProfileJson;
import dev.greenlight.report.profile.ProfileText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code greenlight profile}: summarises data files (streamed, any size) into one mergeable profile file, prints
 * the summary and the data-integrity findings.
 */
@Command(name = "profile", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Profiles data (count, missing, distinct, mean, sd, quantiles, min/max, category frequencies) "
                + "into a versioned, mergeable profile file for 'greenlight drift'. Several inputs (data files or "
                + "profiles of parts) are merged into the profile of the whole.")
final class ProfileCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DATA", description = "Data files (CSV, Parquet, JSON Lines) or "
            + "profiles to merge.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write the profile.")
    Path output;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "json or table. "
            + "Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Option(names = "--integrity-limit", paramLabel = "ROWS", defaultValue = "2000000", description = "Run the "
            + "data-integrity checks on files up to this many rows (they need the rows in memory). "
            + "Default: ${DEFAULT-VALUE}.")
    long integrityLimit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Outputs outputs = Outputs.of(force, inputs);
        if (output != null) {
            outputs.requireFile(output);
        }
        DatasetProfile whole = null;
        List<IntegrityFinding> findings = new ArrayList<>();
        for (Path in : inputs) {
            DatasetProfile part;
            if (java.nio.file.Files.isRegularFile(in) && ProfileFiles.isProfile(in)) {
                part = ProfileFiles.read(in);
            } else {
                try (ColumnarSource source = ColumnarSource.open(in)) {
                    part = StreamingProfiler.of(source);
                    if (source.rowCount() <= integrityLimit) {
                        findings.addAll(IntegrityChecks.of(source.readTable(), in.getFileName().toString()));
                    }
                }
            }
            if (whole == null) {
                whole = part;
            } else {
                whole.merge(part);
            }
        }
        if (output != null) {
            outputs.writeBytes(output, ProfileFile.toBytes(whole));
        }
        PrintWriter w = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            w.println(ProfileJson.write(whole, findings));
        } else {
            w.print(ProfileText.render(whole));
            findings.forEach(f -> w.println("Integrity: " + f.message()));
            if (output != null) {
                w.println("Profile written to " + output);
            }
        }
        w.flush();
        return ExitCode.OK;
    }
}
