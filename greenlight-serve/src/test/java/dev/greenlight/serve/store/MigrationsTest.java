package dev.greenlight.serve.store;

import dev.greenlight.error.GreenlightException;
import dev.greenlight.serve.FeatureSchema;
import dev.greenlight.table.ColumnType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationsTest {
    private static final FeatureSchema SCHEMA = new FeatureSchema(Map.of("x", ColumnType.NUMERIC), Path.of("train.csv"));

    @TempDir
    Path dir;

    @Test
    void theIndexListsEveryScriptInTheFolderInVersionOrder() throws IOException, URISyntaxException {
        Path folder = Path.of(Migrations.class.getClassLoader().getResource(Migrations.FOLDER).toURI());
        List<String> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
        }
        List<Migrations.Script> scripts = Migrations.scripts();
        assertThat(scripts).extracting(Migrations.Script::name).containsExactlyInAnyOrderElementsOf(files);
        assertThat(scripts).extracting(Migrations.Script::version).isSorted();
    }

    @Test
    void duckdbMigratesOnceAndRefusesAScriptThatChanged() throws Exception {
        StoreLocation loc = StoreLocation.duckdb(dir.resolve("m.db"));
        EventStore.open(loc, SCHEMA).close();
        EventStore.open(loc, SCHEMA).close();
        try (Connection c = DriverManager.getConnection(loc.jdbcUrl()); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + Migrations.HISTORY)) {
                r.next();
                assertThat(r.getLong(1)).isEqualTo(Migrations.scripts().size());
            }
            s.execute("UPDATE " + Migrations.HISTORY + " SET sha256 = 'x' WHERE version = 1");
        }
        assertThatThrownBy(() -> EventStore.open(loc, SCHEMA)).isInstanceOf(GreenlightException.class)
                .hasMessageContaining("V1__events.sql").hasMessageContaining("differs");
    }

    @Test
    void postgresqlComparesTheIdsAsBytes() throws Exception {
        StoreLocation loc = dev.greenlight.serve.TestStores.fresh(Dialect.POSTGRESQL, dir);
        EventStore.open(loc, SCHEMA).close();
        try (Connection c = DriverManager.getConnection(loc.jdbcUrl()); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT table_name, collation_name FROM information_schema.columns "
                     + "WHERE column_name = 'id' AND table_name IN ('predictions', 'pending_labels') "
                     + "AND table_schema = current_schema() ORDER BY table_name")) {
            List<String> found = new java.util.ArrayList<>();
            while (r.next()) {
                found.add(r.getString(1) + ":" + r.getString(2));
            }
            assertThat(found).containsExactly("pending_labels:C", "predictions:C");
        }
        // the byte order, whatever the database's locale: 'B' (66) before 'a' (97), 'a' before 'é'
        try (Connection c = DriverManager.getConnection(loc.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("INSERT INTO predictions (id, ts_ms, received_ms) VALUES ('a', 1, 1), ('B', 1, 1), ('\u00e9', 1, 1)");
            try (ResultSet r = s.executeQuery("SELECT string_agg(id, ',' ORDER BY id) FROM predictions")) {
                r.next();
                assertThat(r.getString(1)).isEqualTo("B,a,\u00e9");
            }
        }
    }

    @Test
    void statementsSplitAtLineEndSemicolonsAndSkipComments() {
        assertThat(Migrations.statements("-- a comment;\nCREATE TABLE a (x INT);\nCREATE TABLE b (\n y INT\n);\n"))
                .containsExactly("CREATE TABLE a (x INT)", "CREATE TABLE b (\n y INT\n)");
    }
}
