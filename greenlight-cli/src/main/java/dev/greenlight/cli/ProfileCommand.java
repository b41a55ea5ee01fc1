package dev.greenlight.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.greenlight.drift.integrity.IntegrityChecks;
import dev.greenlight.drift.integrity.IntegrityFinding;
import dev.greenlight.error.GreenlightException;
import dev.greenlight.io.output.Outputs;
import dev.greenlight.io.stream.ColumnarSource;
import dev.greenlight.profile.CategoricalProfile;
import dev.greenlight.profile.ColumnProfile;
import dev.greenlight.profile.DatasetProfile;
import dev.greenlight.profile.NumericProfile;
import dev.greenlight.profile.ProfileFile;
import dev.greenlight.profile.ProfileText;
import dev.greenlight.profile.Profiler;
import dev.greenlight.profile.Sketches;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
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
    /** Bins of the histograms in the JSON output. */
    static final int HISTOGRAM_BINS = 20;

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
            if (java.nio.file.Files.isRegularFile(in) && ProfileFile.isProfile(in)) {
                part = ProfileFile.read(in);
            } else {
                try (ColumnarSource source = ColumnarSource.open(in)) {
                    part = Profiler.of(source);
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
            w.println(json(whole, findings));
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

    private static String json(DatasetProfile p, List<IntegrityFinding> findings) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("source", p.source());
        root.put("rows", p.rows());
        root.put("format_version", ProfileFile.VERSION);
        root.put("kll_rank_error", Sketches.KLL_RANK_ERROR);
        root.put("hll_relative_error", Sketches.HLL_RSE);
        ArrayNode cols = root.putArray("columns");
        for (ColumnProfile c : p.columns()) {
            ObjectNode o = cols.addObject();
            o.put("name", c.name());
            o.put("type", c.type().key());
            o.put("count", c.count());
            o.put("missing", c.missing());
            o.put("distinct", c.distinctEstimate());
            if (c instanceof NumericProfile n && n.present() > 0) {
                o.put("mean", n.mean());
                o.put("sd", n.sampleStandardDeviation());
                o.put("min", n.min());
                o.put("max", n.max());
                ObjectNode q = o.putObject("quantiles");
                for (double r : new double[] {0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99}) {
                    q.put(Double.toString(r), n.quantile(r));
                }
                dev.greenlight.profile.Histogram h = n.histogram(HISTOGRAM_BINS);
                ObjectNode hist = o.putObject("histogram");
                ArrayNode edges = hist.putArray("edges");
                ArrayNode counts = hist.putArray("counts");
                for (double e : h.edges()) {
                    edges.add(e);
                }
                for (double count : h.counts()) {
                    counts.add(Math.round(count));
                }
            } else if (c instanceof CategoricalProfile cat && cat.frequenciesTracked()) {
                ObjectNode f = o.putObject("frequencies");
                cat.frequencies().forEach(f::put);
                o.put("frequencies_exact", cat.exactFrequencies());
                o.put("frequency_error", cat.frequencyError());
            }
        }
        ArrayNode integrity = root.putArray("integrity");
        for (IntegrityFinding f : findings) {
            ObjectNode o = integrity.addObject();
            o.put("kind", f.kind().key());
            o.put("column", f.column());
            o.put("rows", f.rows());
            o.put("message", f.message());
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (IOException e) {
            throw new GreenlightException("cannot render the profile (" + e.getMessage() + ")", e);
        }
    }
}
