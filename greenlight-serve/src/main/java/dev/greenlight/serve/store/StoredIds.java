package dev.greenlight.serve.store;

import org.apache.datasketches.filters.bloomfilter.BloomFilter;
import org.apache.datasketches.filters.bloomfilter.BloomFilterBuilder;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Which prediction ids a DuckDB store may hold, as a Bloom filter (Apache DataSketches): "no" means the id is new
 * for sure, "maybe" means it must be looked up. DuckDB's primary key would check every id as it is written, but its
 * index (an adaptive radix tree over the ids) is most of what a write costs there: a batch of new ids writes about
 * twice as fast without it (measured: 2,000 rows a transaction, 97,000 against 49,000 rows a second). A new id, the
 * usual case, is told new by the filter alone; an id sent again (a client's retry), or a false "maybe" (one id in a
 * million), costs one scan of the stored ids.
 *
 * <p>The filter is built from the stored ids when the store opens (a few seconds for ten million) and again each
 * time the ids it was sized for have doubled. An id written in a transaction that was then rolled back stays in the
 * filter: that only makes a later "maybe" of it, never a wrong "no". Only the store's writer thread uses it.
 */
final class StoredIds {
    /** A false "maybe" per million new ids: with batches of 500, one transaction in 2,000 looks up an id for nothing. */
    static final double FALSE_MAYBE = 1e-6;
    /** The smallest capacity: 1,000,000 ids, 3.6 MB. */
    static final long MIN_CAPACITY = 1_000_000;

    private BloomFilter filter;
    /** Ids counted in since the filter was built. */
    private long ids;
    /** Ids the filter was sized for. */
    private long capacity;

    private StoredIds(BloomFilter filter, long ids, long capacity) {
        this.filter = filter;
        this.ids = ids;
        this.capacity = capacity;
    }

    /** The ids stored in {@code predictions} now, with room for as many again. */
    static StoredIds of(Connection c) throws SQLException {
        return of(c, MIN_CAPACITY);
    }

    /** As {@link #of(Connection)}, with room for at least {@code minCapacity} ids (tests make small filters). */
    static StoredIds of(Connection c, long minCapacity) throws SQLException {
        long count;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM predictions")) {
            r.next();
            count = r.getLong(1);
        }
        long capacity = Math.max(minCapacity, 2 * count);
        BloomFilter f = BloomFilterBuilder.createByAccuracy(capacity, FALSE_MAYBE);
        long n = 0;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM predictions")) {
            while (r.next()) {
                f.update(r.getString(1));
                n++;
            }
        }
        return new StoredIds(f, n, capacity);
    }

    /** Whether the id may be stored; false means it is not. */
    boolean mayHold(String id) {
        return filter.query(id);
    }

    /** Counts an id in, before its transaction commits. */
    void add(String id) {
        filter.update(id);
        ids++;
    }

    /** Whether the filter holds as many ids as it was sized for: past that, its false "maybe"s grow. */
    boolean full() {
        return ids >= capacity;
    }

    /** Builds the filter again from the ids stored now, with room for as many again. */
    void rebuild(Connection c) throws SQLException {
        StoredIds fresh = of(c, MIN_CAPACITY);
        this.filter = fresh.filter;
        this.ids = fresh.ids;
        this.capacity = fresh.capacity;
    }
}
