package dev.greenlight.serve.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The stored ids' hashes, read from the store, never call a stored id new, and take in new ones. */
class StoredIdsTest {
    @TempDir
    Path dir;

    private static long hash(String id) {
        return StoredIds.hash(id);
    }

    @Test
    void aStoredIdIsNeverToldNew() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("ids.db"));
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE predictions (id VARCHAR)");
            s.execute("INSERT INTO predictions SELECT 'p' || i FROM range(1000) t(i)");
            StoredIds ids = StoredIds.of(c);
            for (int i = 0; i < 1000; i++) {
                assertThat(ids.mayHold(hash("p" + i))).isTrue();
            }
            for (int i = 0; i < 1000; i++) {
                assertThat(ids.mayHold(hash("q" + i))).isFalse();
            }
            ids.add(hash("q7"));
            assertThat(ids.mayHold(hash("q7"))).isTrue();
        }
    }

    /** Ids that are not ASCII and longer than the read buffer hash the same read from the store as sent. */
    @Test
    void idsAreHashedByTheirBytesWhereverTheyAreRead() throws Exception {
        String longId = "é".repeat(100) + "-ünïcode-" + "x".repeat(300);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("wide.db"))) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE predictions (id VARCHAR)");
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO predictions VALUES (?)")) {
                for (String id : new String[] {"a", longId, "日本語-42", ""}) {
                    p.setString(1, id);
                    p.executeUpdate();
                }
            }
            try (Statement s = c.createStatement()) { // 300 KB of ids: more than one read buffer
                s.execute("INSERT INTO predictions SELECT repeat('w', 100) || i FROM range(3000) t(i)");
            }
            StoredIds ids = StoredIds.of(c);
            for (int i = 0; i < 3000; i++) {
                assertThat(ids.mayHold(hash("w".repeat(100) + i))).isTrue();
            }
            assertThat(ids.mayHold(hash(longId))).isTrue();
            assertThat(ids.mayHold(hash("日本語-42"))).isTrue();
            assertThat(ids.mayHold(hash(""))).isTrue();
            assertThat(ids.mayHold(hash(longId + "!"))).isFalse();
            assertThat(hash("a")).isNotEqualTo(hash("b")).isNotNegative();
        }
    }
}
