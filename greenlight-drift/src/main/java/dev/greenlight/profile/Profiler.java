package dev.greenlight.profile;

import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.Column;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds dataset profiles from a table in memory. A file of any size is streamed into the sketches by
 * {@code dev.greenlight.io.stream.StreamingProfiler}.
 */
public final class Profiler {
    private Profiler() {
    }

    /** The profile of a table. */
    public static DatasetProfile of(Table table, String source) {
        List<ColumnProfile> out = new ArrayList<>();
        for (Column c : table.columns()) {
            if (c instanceof NumericColumn n) {
                NumericProfile p = new NumericProfile(n.name(), n.type());
                for (int i = 0; i < n.size(); i++) {
                    p.update(n.get(i));
                }
                out.add(p);
            } else {
                CategoricalColumn cat = (CategoricalColumn) c;
                CategoricalProfile p = new CategoricalProfile(cat.name(), cat.type());
                long[] counts = cat.counts();
                for (int k = 0; k < counts.length; k++) {
                    p.update(cat.dictionary().get(k), counts[k]);
                }
                p.update(null, cat.missingCount());
                out.add(p);
            }
        }
        return new DatasetProfile(source, table.rowCount(), out);
    }
}
