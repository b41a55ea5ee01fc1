package dev.greenlight.io.stream;

import dev.greenlight.profile.CategoricalProfile;
import dev.greenlight.profile.ColumnProfile;
import dev.greenlight.profile.DatasetProfile;
import dev.greenlight.profile.NumericProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Streams a data file of any size into a dataset profile's sketches, the file-reading half of
 * {@link dev.greenlight.profile.Profiler} (which profiles a table in memory).
 */
public final class StreamingProfiler {
    private StreamingProfiler() {
    }

    /**
     * The profile of a file, streamed batch by batch: memory is bounded by the batch and the sketches, not by the
     * file. Columns of a batch are profiled in parallel.
     */
    public static DatasetProfile of(ColumnarSource source) {
        List<SourceColumn> columns = source.columns();
        List<ColumnProfile> profiles = new ArrayList<>();
        for (SourceColumn c : columns) {
            profiles.add(c.storage() == SourceColumn.Storage.NUMBERS ? new NumericProfile(c.name(), c.type())
                    : new CategoricalProfile(c.name(), c.type()));
        }
        long[] rows = {0};
        source.scan(ColumnarSource.DEFAULT_BATCH, batch -> {
            rows[0] += batch.size();
            IntStream.range(0, columns.size()).parallel().forEach(i -> add(columns.get(i), profiles.get(i), batch, i));
        });
        return new DatasetProfile(source.file().getFileName().toString(), rows[0], profiles);
    }

    private static void add(SourceColumn column, ColumnProfile profile, RowBatch batch, int i) {
        int size = batch.size();
        switch (column.storage()) {
            case NUMBERS -> ((NumericProfile) profile).update(batch.numbers(i), size);
            case CODES -> {
                long[] counts = new long[column.dictionary().size()];
                long missing = 0;
                int[] codes = batch.codes(i);
                for (int r = 0; r < size; r++) {
                    if (codes[r] == RowBatch.MISSING_CODE) {
                        missing++;
                    } else {
                        counts[codes[r]]++;
                    }
                }
                CategoricalProfile p = (CategoricalProfile) profile;
                for (int k = 0; k < counts.length; k++) {
                    p.update(column.dictionary().get(k), counts[k]);
                }
                p.update(null, missing);
            }
            case HASHES -> {
                CategoricalProfile p = (CategoricalProfile) profile;
                long[] hashes = batch.hashes(i);
                boolean[] missing = batch.hashMissing(i);
                for (int r = 0; r < size; r++) {
                    p.updateHash(hashes[r], missing[r]);
                }
            }
        }
    }
}
