package dev.greenlight.spark;

import dev.greenlight.profile.CategoricalProfile;
import dev.greenlight.profile.ColumnProfile;
import dev.greenlight.profile.DatasetProfile;
import dev.greenlight.profile.NumericProfile;
import dev.greenlight.profile.ProfileFile;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.unsafe.types.UTF8String;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The profile of the rows of one partition, built with the single-machine profile types
 * ({@link NumericProfile}, {@link CategoricalProfile}) exactly as {@code Profiler} feeds them, and the merge of two
 * such profiles in their serial form ({@link ProfileFile#toBytes}), which is what travels between executors.
 */
final class PartitionProfiles {
    private PartitionProfiles() {
    }

    /** Empty profiles, one per planned column. */
    static List<ColumnProfile> empty(List<ColumnPlan> plans) {
        List<ColumnProfile> out = new ArrayList<>(plans.size());
        for (ColumnPlan p : plans) {
            out.add(p.storage() == ColumnPlan.Storage.NUMBERS ? new NumericProfile(p.name(), p.type())
                    : new CategoricalProfile(p.name(), p.type()));
        }
        return out;
    }

    /**
     * Adds one planned row to the profiles; categories are counted in {@code counts} first and handed over by
     * {@link #flush}, as {@code Profiler} hands over a batch's category counts.
     *
     * @param offset the index in {@code row} of the first planned column
     */
    static void add(List<ColumnPlan> plans, List<ColumnProfile> profiles, List<Map<UTF8String, long[]>> counts,
                    InternalRow row, int offset) {
        for (int i = 0; i < plans.size(); i++) {
            int at = offset + i;
            switch (plans.get(i).storage()) {
                case NUMBERS -> ((NumericProfile) profiles.get(i)).update(row.isNullAt(at) ? Double.NaN
                        : row.getDouble(at));
                case STRINGS -> {
                    // Spark reuses the row's buffers: a category is copied once, when first seen
                    UTF8String v = row.isNullAt(at) ? null : row.getUTF8String(at);
                    long[] n = counts.get(i).get(v);
                    if (n == null) {
                        counts.get(i).put(v == null ? null : v.clone(), new long[] {1});
                    } else {
                        n[0]++;
                    }
                }
                case HASHES -> {
                    boolean missing = row.isNullAt(at);
                    ((CategoricalProfile) profiles.get(i)).updateHash(missing ? 0 : row.getLong(at), missing);
                }
            }
        }
    }

    /** One map of category counts per column (unused for the others); the null key counts missing values. */
    static List<Map<UTF8String, long[]>> newCounts(int columns) {
        List<Map<UTF8String, long[]>> out = new ArrayList<>(columns);
        for (int i = 0; i < columns; i++) {
            out.add(new HashMap<>());
        }
        return out;
    }

    /** Hands the counted categories to the profiles and clears the counts. */
    static void flush(List<ColumnPlan> plans, List<ColumnProfile> profiles, List<Map<UTF8String, long[]>> counts) {
        for (int i = 0; i < plans.size(); i++) {
            if (plans.get(i).storage() != ColumnPlan.Storage.STRINGS) {
                continue;
            }
            CategoricalProfile p = (CategoricalProfile) profiles.get(i);
            for (Map.Entry<UTF8String, long[]> e : counts.get(i).entrySet()) {
                // the null key counts the missing values
                p.update(e.getKey() == null ? null : e.getKey().toString(), e.getValue()[0]);
            }
            counts.get(i).clear();
        }
    }

    /** The serialised profile of one partition's rows. */
    static byte[] ofPartition(Iterator<InternalRow> rows, List<ColumnPlan> plans, String source) {
        List<ColumnProfile> profiles = empty(plans);
        List<Map<UTF8String, long[]>> counts = newCounts(plans.size());
        long n = 0;
        while (rows.hasNext()) {
            add(plans, profiles, counts, rows.next(), 0);
            // bound the category maps' memory as the single-machine path bounds it by its batch
            if (++n % BATCH == 0) {
                flush(plans, profiles, counts);
            }
        }
        flush(plans, profiles, counts);
        return ProfileFile.toBytes(new DatasetProfile(source, n, profiles));
    }

    /** The serialised merge of two serialised profiles of parts of the same data. */
    static byte[] merge(byte[] a, byte[] b) {
        DatasetProfile whole = ProfileFile.fromBytes(a, "a partition's profile");
        whole.merge(ProfileFile.fromBytes(b, "a partition's profile"));
        return ProfileFile.toBytes(whole);
    }

    /** Rows between two hand-overs of category counts, {@code ColumnarSource.DEFAULT_BATCH}. */
    static final int BATCH = 65_536;
}
