package dev.greenlight.io.stream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A text file (CSV, JSON Lines) parsed once into a DuckDB table in a temporary database file, so that the
 * aggregate queries that decide its schema ({@link SchemaInference}, the category dictionaries) and the read that
 * follows scan DuckDB's compressed columnar storage instead of parsing the text again: one parse of the file per
 * run instead of four. The database file lives in a temporary folder of its own (DuckDB's spill files too), removed
 * by {@link #close()}; DuckDB's memory for it is capped at {@link #MEMORY_LIMIT}, beyond which it writes to that
 * folder.
 */
final class StagedTable implements AutoCloseable {
    /** DuckDB's memory limit for a connection that stages a file. */
    static final String MEMORY_LIMIT = "512MB";
    private static final String TABLE = "glstaged.rows";

    private final Path folder;

    private StagedTable(Path folder) {
        this.folder = folder;
    }

    /** Attaches a temporary database file to the connection; {@link #copy} fills it. */
    static StagedTable attach(Connection conn) throws SQLException {
        Path folder;
        try {
            folder = Files.createTempDirectory("greenlight-staged-");
        } catch (IOException e) {
            throw new SQLException("cannot create a temporary folder for the staged copy (" + e.getMessage() + ")", e);
        }
        StagedTable staged = new StagedTable(folder);
        try (Statement st = conn.createStatement()) {
            st.execute("SET memory_limit = '" + MEMORY_LIMIT + "'");
            st.execute("SET temp_directory = " + literal(folder.resolve("spill").toString()));
            st.execute("ATTACH " + literal(folder.resolve("staged.duckdb").toString()) + " AS glstaged");
        } catch (SQLException e) {
            staged.close();
            throw e;
        }
        return staged;
    }

    /** Parses {@code source} (a table function reading the file) into the staged table; returns its name. */
    String copy(Connection conn, String source) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE OR REPLACE TABLE " + TABLE + " AS SELECT * FROM " + source);
        }
        return TABLE;
    }

    /** Removes the temporary folder; call after the connection is closed. */
    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the staged copy in " + folder, e);
        }
    }

    /** The temporary folder (for tests). */
    Path folder() {
        return folder;
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
