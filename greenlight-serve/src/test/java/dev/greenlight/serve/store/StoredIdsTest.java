package dev.greenlight.serve.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The stored ids' hashes, read from the store, never call a stored id new, and take in new ones. */
class StoredIdsTest {
    @TempDir
    Path dir;

    /** DuckDB's hash of an id, as the store computes it for a batch. */
    private static long hash(Connection c, String id) throws Exception {
        try (PreparedStatement p = c.prepareStatement("SELECT " + StoredIds.HASH + " FROM (SELECT ? AS id)")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    void aStoredIdIsNeverToldNew() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("ids.db"));
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE predictions (id VARCHAR)");
            s.execute("INSERT INTO predictions SELECT 'p' || i FROM range(1000) t(i)");
            StoredIds ids = StoredIds.of(c);
            for (int i = 0; i < 1000; i++) {
                assertThat(ids.mayHold(hash(c, "p" + i))).isTrue();
            }
            for (int i = 0; i < 1000; i++) {
                assertThat(ids.mayHold(hash(c, "q" + i))).isFalse();
            }
            ids.add(hash(c, "q7"));
            assertThat(ids.mayHold(hash(c, "q7"))).isTrue();
        }
    }
}
