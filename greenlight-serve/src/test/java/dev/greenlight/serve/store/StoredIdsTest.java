package dev.greenlight.serve.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The filter of stored ids never says "new" of a stored id, and is built again once it is full. */
class StoredIdsTest {
    @TempDir
    Path dir;

    @Test
    void aStoredIdIsNeverToldNewAndTheFilterGrowsWithTheStore() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("ids.db"));
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE predictions (id VARCHAR)");
            s.execute("INSERT INTO predictions SELECT 'p' || i FROM range(1000) t(i)");
            StoredIds ids = StoredIds.of(c, 10);
            assertThat(ids.full()).as("sized for twice the stored ids").isFalse();
            for (int i = 0; i < 1000; i++) {
                assertThat(ids.mayHold("p" + i)).isTrue();
            }
            int told = 0;
            for (int i = 0; i < 10_000; i++) {
                told += ids.mayHold("q" + i) ? 1 : 0;
            }
            assertThat(told).as("false maybes among 10,000 new ids").isLessThan(5);
            for (int i = 1000; i < 2000; i++) {
                ids.add("p" + i);
            }
            assertThat(ids.full()).isTrue();
            s.execute("INSERT INTO predictions SELECT 'p' || i FROM range(1000, 2000) t(i)");
            ids.rebuild(c);
            assertThat(ids.full()).isFalse();
            for (int i = 0; i < 2000; i++) {
                assertThat(ids.mayHold("p" + i)).isTrue();
            }
        }
    }
}
