package dev.greenlight.serve.store;

import dev.greenlight.error.GreenlightException;
import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Brings a store's schema up to date from the versioned SQL scripts in {@code dev/greenlight/serve/migration}.
 * PostgreSQL goes through Flyway. Flyway has no DuckDB support in its published modules (the community module
 * is not on Maven Central at Flyway 13), so on DuckDB the same scripts run here, in order, each once, recorded
 * with their SHA-256 in {@code greenlight_schema_history}; a script that changed after it ran is refused. The
 * scripts the DuckDB runner reads are listed in the folder's {@code index.txt}; Flyway also finds those of the
 * subfolder {@code postgresql}, which only PostgreSQL needs (the key of the predictions' ids, an index on their
 * times, the ids compared as bytes).
 */
final class Migrations {

    static final String FOLDER = "dev/greenlight/serve/migration";
    static final String HISTORY = "greenlight_schema_history";

    private Migrations() {
    }

    /** A versioned script, named {@code V<version>__<description>.sql} as Flyway names them. */
    record Script(int version, String name, String sql, String sha256) {
    }

    public static void migrate(StoreLocation location, Connection connection) {
        migrate(location, connection, Integer.MAX_VALUE);
    }

    /** Migrates up to a version and no further (the tests make stores of earlier versions this way). */
    static void migrate(StoreLocation location, Connection connection, int target) {
        if (location.dialect() == Dialect.POSTGRESQL) {
            var flyway = Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(location.jdbcUrl(), null, null)
                    .locations("classpath:" + FOLDER)
                    .table(HISTORY);
            if (target != Integer.MAX_VALUE) {
                flyway.target(String.valueOf(target));
            }
            flyway.load().migrate();
        } else {
            migrateDuckDb(connection, target);
        }
    }

    /** The scripts listed in the folder's {@code index.txt}, in version order. */
    static List<Script> scripts() {
        List<Script> out = new ArrayList<>();
        for (String line : resource("index.txt").split("\n")) {
            String name = line.trim();
            if (name.isEmpty()) {
                continue;
            }
            int version = Integer.parseInt(name.substring(1, name.indexOf("__")));
            String sql = resource(name);
            out.add(new Script(version, name, sql, sha256(sql)));
        }
        return out;
    }

    private static void migrateDuckDb(Connection c, int target) {
        try (Statement s = c.createStatement()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            s.execute("CREATE TABLE IF NOT EXISTS " + HISTORY + " (version INTEGER PRIMARY KEY, script VARCHAR NOT NULL,"
                    + " sha256 VARCHAR NOT NULL, installed_ms BIGINT NOT NULL)");
            c.commit();
            for (Script script : scripts()) {
                if (script.version() > target) {
                    break;
                }
                String applied = appliedSha(c, script.version());
                if (applied != null) {
                    if (!applied.equals(script.sha256())) {
                        throw new GreenlightException("the store's migration " + script.name() + " differs from the "
                                + "one that created it (SHA-256 " + applied + " in " + HISTORY + "); the store was "
                                + "made by another version of Greenlight");
                    }
                    continue;
                }
                for (String statement : statements(script.sql())) {
                    s.execute(statement);
                }
                try (PreparedStatement p = c.prepareStatement("INSERT INTO " + HISTORY
                        + " (version, script, sha256, installed_ms) VALUES (?, ?, ?, ?)")) {
                    p.setInt(1, script.version());
                    p.setString(2, script.name());
                    p.setString(3, script.sha256());
                    p.setLong(4, System.currentTimeMillis());
                    p.executeUpdate();
                }
                c.commit();
            }
            c.setAutoCommit(auto);
        } catch (SQLException e) {
            throw new GreenlightException("cannot migrate the store's schema: " + e.getMessage(), e);
        }
    }

    private static String appliedSha(Connection c, int version) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT sha256 FROM " + HISTORY + " WHERE version = ?")) {
            p.setInt(1, version);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    /** Splits a script at the semicolons that end a line; the scripts hold no semicolons inside literals. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String st = current.toString().strip();
                out.add(st.substring(0, st.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(FOLDER + "/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FOLDER + "/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + FOLDER + "/" + name, e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
