package dev.greenlight.model;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.progress.Progress;
import dev.greenlight.table.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scores a whole table in batches, reporting progress after each one. Batches keep memory flat on large files and
 * match how batch jobs call a model; with a {@link FallbackModel}, which model served each row is recorded.
 */
public final class BatchScorer {
    /** Rows per call unless the caller says otherwise: large enough to amortise a call, small enough for memory. */
    public static final int DEFAULT_BATCH_SIZE = 256;

    /**
     * @param predictions one per row, in row order
     * @param servedBy    the model that answered each row, or null when no fallback was involved
     */
    public record Scored(Predictions predictions, String[] servedBy) {

        /** How many rows the given model answered. */
        public long rowsServedBy(String model) {
            return servedBy == null ? 0 : Arrays.stream(servedBy).filter(model::equals).count();
        }
    }

    private BatchScorer() {
    }

    /** What {@link #score} reports to its {@link Progress} after each batch, with the rows scored so far. */
    public static final String SCORING = "scoring";

    /**
     * Scores the rows in batches, in order; after each batch {@code progress} is told how many rows are scored
     * ({@link Progress#advanced}, step {@link #SCORING}).
     */
    public static Scored score(Model model, Table rows, int batchSize, Progress progress) {
        if (batchSize < 1) {
            throw new InvalidDataException("batch size " + batchSize);
        }
        int n = rows.rowCount();
        List<Predictions> parts = new ArrayList<>();
        String[] servedBy = model instanceof FallbackModel ? new String[n] : null;
        for (int start = 0; start < n; start += batchSize) {
            int end = Math.min(n, start + batchSize);
            int[] index = new int[end - start];
            for (int i = 0; i < index.length; i++) {
                index[i] = start + i;
            }
            Table batch = start == 0 && end == n ? rows : rows.select(index);
            Predictions p;
            if (servedBy != null) {
                FallbackModel.Served s = ((FallbackModel) model).predictServed(batch);
                Arrays.fill(servedBy, start, end, s.servedBy());
                p = s.predictions();
            } else {
                p = model.predict(batch);
            }
            if (p.rows() != batch.rowCount()) {
                throw new ModelException("the model returned " + p.rows() + " predictions for a batch of "
                        + batch.rowCount() + " rows");
            }
            parts.add(p);
            progress.advanced(SCORING, end, n);
        }
        if (parts.isEmpty()) {
            throw new ModelException("there are no rows to score");
        }
        return new Scored(Predictions.concat(parts), servedBy);
    }
}
