package dev.greenlight.monitor;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The figures of a period's analysis chunks before they are judged together: what
 * {@link FittedReference#analyseChunks} measures, and what {@link FittedReference#judge} turns into alerts, change
 * points, the drift ranking and the recommendation. {@link FittedReference#analyse} is the two in one call.
 *
 * <p>Chunked by calendar period and labelled by the analysis's own target column, every figure of a chunk depends on
 * that chunk's rows alone. So the parts of a period can be analysed apart and joined in time order with
 * {@link #then}, which gives the figures the whole period gives: a service keeps the figures of finished windows and
 * analyses only the windows whose rows changed. Labels joined from a separate table are counted per analysed table
 * (unknown and repeated ids), so such figures are not joined.
 */
public final class ChunkFigures {
    private final List<ChunkResult> chunks;
    private final LabelSummary labels;
    private final List<String> notes;
    private final int rows;
    private final double lastTimestamp;
    private final LocalDateTime lastPeriodEnd;

    ChunkFigures(List<ChunkResult> chunks, LabelSummary labels, List<String> notes, int rows, double lastTimestamp,
                 LocalDateTime lastPeriodEnd) {
        this.chunks = List.copyOf(chunks);
        this.labels = Objects.requireNonNull(labels);
        this.notes = List.copyOf(notes);
        this.rows = rows;
        this.lastTimestamp = lastTimestamp;
        this.lastPeriodEnd = lastPeriodEnd;
    }

    /** The analysis chunks, in time order, each with its figures and its own alerts flagged. */
    public List<ChunkResult> chunks() {
        return chunks;
    }

    /** How the rows were labelled. */
    public LabelSummary labels() {
        return labels;
    }

    /** What could not be computed, and why. */
    public List<String> notes() {
        return notes;
    }

    /**
     * These chunks followed by those of a later part of the same period, as if both parts had been one table: the
     * chunks are numbered on, their rows counted on, the label counts added, and only the last chunk can be partial.
     *
     * @throws IllegalArgumentException when either part was not chunked by calendar period, or was labelled from a
     *                                  separate labels table
     */
    public ChunkFigures then(ChunkFigures later) {
        for (ChunkFigures f : List.of(this, later)) {
            if (f.lastPeriodEnd == null && !f.chunks.isEmpty()) {
                throw new IllegalArgumentException("only chunks of calendar periods can be analysed apart and joined; "
                        + "size and count chunks depend on the whole table");
            }
            if (f.labels.source().equals("labels")) {
                throw new IllegalArgumentException("figures labelled from a separate labels table cannot be joined: "
                        + "unknown and repeated label ids are counted per analysed table");
            }
        }
        if (chunks.isEmpty()) {
            return later;
        }
        if (later.chunks.isEmpty()) {
            return this;
        }
        List<ChunkResult> joined = new ArrayList<>(chunks.size() + later.chunks.size());
        for (ChunkResult c : chunks) {
            joined.add(placed(c, joined.size(), 0, false));
        }
        for (ChunkResult c : later.chunks) {
            joined.add(placed(c, joined.size(), rows, false));
        }
        int[] sizes = joined.stream().mapToInt(ChunkResult::rows).toArray();
        int last = joined.size() - 1;
        boolean partial = Chunker.lastPeriodIsPartial(sizes, later.lastTimestamp, later.lastPeriodEnd);
        joined.set(last, placed(joined.get(last), last, 0, partial));
        LinkedHashSet<String> allNotes = new LinkedHashSet<>(notes);
        allNotes.addAll(later.notes);
        return new ChunkFigures(joined, sum(labels, later.labels), new ArrayList<>(allNotes), rows + later.rows,
                later.lastTimestamp, later.lastPeriodEnd);
    }

    /** The chunk at another position: its index, its row positions moved by {@code rowOffset}. */
    private static ChunkResult placed(ChunkResult c, int index, int rowOffset, boolean partial) {
        return new ChunkResult(c.period(), index, c.firstRow() < 0 ? -1 : c.firstRow() + rowOffset,
                c.lastRow() < 0 ? -1 : c.lastRow() + rowOffset, c.start(), c.end(), c.rows(), c.labelledRows(), partial,
                c.realized(), c.estimated(), c.drift(), c.multivariate(), c.quality(), c.labelDelay());
    }

    private static LabelSummary sum(LabelSummary a, LabelSummary b) {
        String source = a.source().equals(b.source()) || b.source().equals("none") ? a.source()
                : a.source().equals("none") ? b.source() : a.source() + "+" + b.source();
        List<String> examples = new ArrayList<>(a.examples());
        examples.addAll(b.examples());
        return new LabelSummary(source, a.labelRows() + b.labelRows(), a.labelledRows() + b.labelledRows(),
                a.unknownIds() + b.unknownIds(), a.duplicateIds() + b.duplicateIds(),
                a.conflictingIds() + b.conflictingIds(), a.duplicateAnalysisIds() + b.duplicateAnalysisIds(),
                examples.subList(0, Math.min(LabelJoin.EXAMPLES, examples.size())));
    }
}
