package dev.greenlight.checklist.benchmark;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.Measurements;
import dev.greenlight.checklist.data.PreparedDataset;
import dev.greenlight.checklist.evidence.EvidenceTable;
import dev.greenlight.slices.Segment;
import dev.greenlight.slices.WeakSegmentSearch;
import dev.greenlight.table.Column;
import dev.greenlight.table.ColumnType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weak segments of the test data: slices of one feature or a pair where the model does significantly worse than
 * elsewhere ({@link WeakSegmentSearch}); any weak segment warns, with the top ones in plain words.
 */
final class SegmentAnalysis {

    private SegmentAnalysis() {
    }

    /** Searches the test data for weak segments, records the table, and returns the weak ones. */
    static List<Segment> measure(CheckContext ctx, Measurements b, int minSize) {
        PreparedDataset test = ctx.data().test();
        if (test.outcomes() == null) {
            return List.of();
        }
        Map<String, Column> columns = new LinkedHashMap<>();
        for (Map.Entry<String, ColumnType> f : ctx.data().features().entrySet()) {
            if (f.getValue() != ColumnType.TEXT && f.getValue() != ColumnType.DATETIME) {
                columns.put(f.getKey(), test.table().column(f.getKey()));
            }
        }
        for (String s : ctx.config().slices()) {
            columns.putIfAbsent(s, test.table().column(s));
        }
        if (columns.isEmpty()) {
            return List.of();
        }
        double alpha = ctx.settings().benchmark().segmentAlpha();
        WeakSegmentSearch.Options defaults = WeakSegmentSearch.Options.defaults(test.outcomes().size());
        WeakSegmentSearch.Options options = new WeakSegmentSearch.Options(minSize, alpha, defaults.bins(),
                defaults.pairs(), defaults.maxPairFeatures(), defaults.maxResults());
        List<Segment> segments;
        try {
            segments = WeakSegmentSearch.search(test.outcomes(), columns, test.rowsUsed(), options);
        } catch (InvalidDataException e) {
            b.notRun("the weak-segment search (" + e.getMessage() + ")");
            return List.of();
        }
        EvidenceTable.Builder t = EvidenceTable.builder("Weakest segments of the test data", "segment", "rows",
                "metric", "value", "elsewhere", "corrected p", "weak");
        for (Segment s : segments) {
            t.row(String.join(" and ", s.conditions()), s.size(), s.metric(), s.value(), s.restValue(), s.pValue(),
                    s.weak() ? "yes" : "no");
        }
        b.table(t.note("Every bin (quintiles for numbers) of every feature and every pair of bins, with at least "
                + minSize + " rows inside and outside; per-row errors compared with the rest by a one-sided Fisher "
                + "exact test (classification) or Welch t-test on absolute errors (regression); p-values corrected "
                + "with Benjamini-Hochberg over all slices tested; ranked by gap times size.").build());
        return segments.stream().filter(Segment::weak).toList();
    }
}
