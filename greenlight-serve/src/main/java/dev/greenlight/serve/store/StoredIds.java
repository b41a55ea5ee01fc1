package dev.greenlight.serve.store;

import com.carrotsearch.hppc.LongHashSet;
import dev.greenlight.io.DuckDbSource;
import org.apache.arrow.vector.VarCharVector;
import org.apache.datasketches.hash.MurmurHash3;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The hashes of the prediction ids a DuckDB store holds: an id whose hash is not among them is new for sure; one
 * whose hash is ("maybe") must be looked up. DuckDB's primary key would check every id as it is written, but its
 * index (an adaptive radix tree over the ids) is most of what a write costs there: a batch of new ids writes about
 * twice as fast without it (measured: 2,000 rows a transaction, 97,000 against 49,000 rows a second). A new id, the
 * usual case, is told new here with one probe of a hash table; an id sent again (a client's retry) costs one scan of
 * the stored ids, and so would a new id whose 63-bit hash equals a stored one's (about one in 10^12 at ten million
 * ids).
 *
 * <p>The hash ({@link #hash}) is MurmurHash3 (Apache DataSketches) of the id's UTF-8 bytes, computed here both when
 * the set is built and for each batch, so one function hashes both sides. The stored ids are read as Arrow batches
 * (their bytes hashed where they lie, no string made per id). Hashing in the writer, not in DuckDB, saves each write
 * transaction a staging table and a query (8 of its 20 ms per 1,000 rows, measured). The set takes 8 to 16 bytes
 * an id (134 MB for ten million) and is built when the store opens. A hash added in a transaction that was then
 * rolled back stays: that only makes a later "maybe" of its id, never a wrong "new". Only the store's writer thread
 * uses it. (A Bloom filter would take half the memory, but one false "maybe" in a million needs 20 bits set at
 * random places per id: measured, that was slower than the index it replaces.)
 */
final class StoredIds {
    private static final long SEED = 0x9E3779B97F4A7C15L;

    private final LongHashSet hashes;

    private StoredIds(LongHashSet hashes) {
        this.hashes = hashes;
    }

    /** The hashes of the ids stored in {@code predictions} now. */
    static StoredIds of(Connection c) throws SQLException {
        long count;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM predictions")) {
            r.next();
            count = r.getLong(1);
        }
        LongHashSet hashes = new LongHashSet((int) Math.min(Integer.MAX_VALUE / 2, count + 100_000));
        byte[][] data = {new byte[1 << 16]};
        DuckDbSource.scan(c, "SELECT id FROM predictions", batch -> {
            // each batch's offsets and bytes are copied out whole (Arrow checks every access), hashed, and only then
            // added to the set: an id at a time took 3.5 to 4.5 s for ten million ids, this 1.1 s, as long as reading
            // DuckDB's own hash of them and adding that (measured)
            VarCharVector ids = (VarCharVector) batch.getVector(0);
            int rows = batch.getRowCount();
            int[] offsets = new int[rows + 1];
            for (int i = 0; i <= rows; i++) {
                offsets[i] = ids.getOffsetBuffer().getInt((long) i * VarCharVector.OFFSET_WIDTH);
            }
            int bytes = offsets[rows] - offsets[0];
            if (data[0].length < bytes) {
                data[0] = new byte[Math.max(bytes, 2 * data[0].length)];
            }
            ids.getDataBuffer().getBytes(offsets[0], data[0], 0, bytes);
            long[] batchHashes = new long[rows];
            for (int i = 0; i < rows; i++) {
                batchHashes[i] = hash(data[0], offsets[i] - offsets[0], offsets[i + 1] - offsets[i]);
            }
            hashes.addAll(batchHashes);
        });
        return new StoredIds(hashes);
    }

    /** The 63-bit hash of an id, as the set holds it. */
    static long hash(String id) {
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        return hash(bytes, 0, bytes.length);
    }

    private static long hash(byte[] utf8, int offset, int length) {
        // DataSketches refuses an empty key; the empty id (which validation refuses anyway) gets the hash of 0L
        long[] h = length == 0 ? MurmurHash3.hash(0L, SEED) : MurmurHash3.hash(utf8, offset, length, SEED);
        return h[0] >>> 1;
    }

    /** Whether an id of this {@link #hash} may be stored; false means it is not. */
    boolean mayHold(long hash) {
        return hashes.contains(hash);
    }

    /** Counts an id in by its {@link #hash}, before its transaction commits. */
    void add(long hash) {
        hashes.add(hash);
    }
}
