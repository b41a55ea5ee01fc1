package dev.greenlight.spark;

import dev.greenlight.time.Window;
import dev.greenlight.profile.ColumnProfile;
import dev.greenlight.profile.DatasetProfile;
import dev.greenlight.profile.ProfileFile;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One profile per calendar window (UTC days, ISO weeks from Monday, or months, as {@link Window}) of a
 * timestamp column, so that the profiles of a long production stream can be compared window by window.
 *
 * @param window          the kind of window
 * @param profiles        the profile of each window's rows, by the window's first day, in time order
 * @param withoutTimestamp rows whose timestamp was missing, in no window
 */
public record WindowedProfiles(Window window, SortedMap<LocalDate, DatasetProfile> profiles,
                               long withoutTimestamp) {
    public WindowedProfiles {
        profiles = Collections.unmodifiableSortedMap(new TreeMap<>(profiles));
    }

    /** The serialised profiles of one partition's rows, by window start (epoch day); -1 holds the count of rows
     * without a timestamp as a one-column profile-free marker. */
    static Map<Long, byte[]> ofPartition(java.util.Iterator<org.apache.spark.sql.catalyst.InternalRow> rows, List<ColumnPlan> plans,
                                         String source) {
        Map<Long, State> states = new TreeMap<>();
        long missing = 0;
        while (rows.hasNext()) {
            org.apache.spark.sql.catalyst.InternalRow row = rows.next();
            if (row.isNullAt(0)) {
                missing++;
                continue;
            }
            State s = states.computeIfAbsent(row.getLong(0), k -> new State(plans));
            PartitionProfiles.add(plans, s.profiles, s.counts, row, 1);
            if (++s.rows % PartitionProfiles.BATCH == 0) {
                PartitionProfiles.flush(plans, s.profiles, s.counts);
            }
        }
        Map<Long, byte[]> out = new java.util.HashMap<>();
        for (Map.Entry<Long, State> e : states.entrySet()) {
            State s = e.getValue();
            PartitionProfiles.flush(plans, s.profiles, s.counts);
            out.put(e.getKey(), ProfileFile.toBytes(new DatasetProfile(source + " " + LocalDate.ofEpochDay(e.getKey()),
                    s.rows, s.profiles)));
        }
        out.put(MISSING_KEY, java.nio.ByteBuffer.allocate(Long.BYTES).putLong(missing).array());
        return out;
    }

    /** Merges the per-window profiles of two parts. */
    static Map<Long, byte[]> merge(Map<Long, byte[]> a, Map<Long, byte[]> b) {
        Map<Long, byte[]> out = new java.util.HashMap<>(a);
        for (Map.Entry<Long, byte[]> e : b.entrySet()) {
            if (e.getKey() == MISSING_KEY) {
                long sum = java.nio.ByteBuffer.wrap(out.get(MISSING_KEY)).getLong()
                        + java.nio.ByteBuffer.wrap(e.getValue()).getLong();
                out.put(MISSING_KEY, java.nio.ByteBuffer.allocate(Long.BYTES).putLong(sum).array());
            } else {
                out.merge(e.getKey(), e.getValue(), PartitionProfiles::merge);
            }
        }
        return out;
    }

    static WindowedProfiles of(Window window, Map<Long, byte[]> merged) {
        SortedMap<LocalDate, DatasetProfile> profiles = new TreeMap<>();
        long missing = 0;
        for (Map.Entry<Long, byte[]> e : merged.entrySet()) {
            if (e.getKey() == MISSING_KEY) {
                missing = java.nio.ByteBuffer.wrap(e.getValue()).getLong();
            } else {
                profiles.put(LocalDate.ofEpochDay(e.getKey()), ProfileFile.fromBytes(e.getValue(), "a window"));
            }
        }
        return new WindowedProfiles(window, profiles, missing);
    }

    /** Not an epoch day any window starts on (year -25 million). */
    static final long MISSING_KEY = Long.MIN_VALUE;

    private static final class State {
        final List<ColumnProfile> profiles;
        final List<Map<org.apache.spark.unsafe.types.UTF8String, long[]>> counts;
        long rows;

        State(List<ColumnPlan> plans) {
            profiles = PartitionProfiles.empty(plans);
            counts = PartitionProfiles.newCounts(plans.size());
        }
    }
}
