package dev.greenlight.report.profile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.greenlight.drift.integrity.IntegrityFinding;
import dev.greenlight.error.GreenlightException;
import dev.greenlight.profile.CategoricalProfile;
import dev.greenlight.profile.ColumnProfile;
import dev.greenlight.profile.DatasetProfile;
import dev.greenlight.profile.NumericProfile;
import dev.greenlight.profile.ProfileFile;
import dev.greenlight.profile.Sketches;

import java.io.IOException;
import java.util.List;

/** A dataset profile and its integrity findings as {@code greenlight profile --format json} prints them. */
public final class ProfileJson {
    /** Bins of the histograms in the JSON output. */
    static final int HISTOGRAM_BINS = 20;

    private ProfileJson() {
    }

    public static String write(DatasetProfile p, List<IntegrityFinding> findings) {
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
