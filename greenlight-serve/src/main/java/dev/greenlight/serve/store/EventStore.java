package dev.greenlight.serve.store;

import dev.greenlight.error.GreenlightException;
import org.duckdb.DuckDBConnection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The predictions and labels a serving system sent, in DuckDB or PostgreSQL. One thread writes (the write
 * queue's); any thread reads, each read on its own connection. Every statement is parameterised or fixed text:
 * no value sent over HTTP ever becomes SQL.
 */
public final class EventStore implements BatchSink, AutoCloseable {
    private final StoreLocation location;
    private final Connection writer;
    private final BatchWriter batchWriter;

    private EventStore(StoreLocation location, Connection writer, BatchWriter batchWriter) {
        this.location = location;
        this.writer = writer;
        this.batchWriter = batchWriter;
    }

    /** Opens (creating a DuckDB file when absent) and migrates the store. */
    public static EventStore open(StoreLocation location) {
        try {
            if (location.dialect() == Dialect.DUCKDB) {
                Path parent = location.file().getParent();
                if (parent != null && !Files.isDirectory(parent)) {
                    throw new GreenlightException("--store " + location + ": the folder " + parent
                            + " does not exist");
                }
                Connection c = DriverManager.getConnection(location.jdbcUrl());
                Migrations.migrate(location, c);
                // the staging tables are made outside any transaction, so that a rollback keeps them
                DuckDbBatchWriter batches = new DuckDbBatchWriter((DuckDBConnection) c);
                c.setAutoCommit(false);
                return new EventStore(location, c, batches);
            }
            Connection c = DriverManager.getConnection(postgresUrl(location));
            Migrations.migrate(location, c);
            c.setAutoCommit(false);
            return new EventStore(location, c, new PostgresBatchWriter(c));
        } catch (SQLException e) {
            throw new GreenlightException("cannot open the store " + location + ": " + e.getMessage(), e);
        } catch (org.flywaydb.core.api.FlywayException e) {
            throw new GreenlightException("cannot migrate the store " + location + ": " + e.getMessage(), e);
        }
    }

    private static String postgresUrl(StoreLocation location) {
        String url = location.jdbcUrl();
        if (url.contains("reWriteBatchedInserts")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    }

    public StoreLocation location() {
        return location;
    }

    /**
     * Writes predictions and labels in one transaction and commits it; when this returns, every row is durable.
     * Ids already stored are skipped (the first write of an id wins). On failure nothing is written.
     *
     */
    @Override
    public synchronized void write(List<PredictionRow> predictions, List<LabelRow> labels) throws SQLException {
        try {
            writeOnce(predictions, labels);
        } catch (SQLException e) {
            if (!(batchWriter instanceof DuckDbBatchWriter duck) || !DuckDbBatchWriter.isDuplicateKey(e)) {
                throw e;
            }
            duck.careful = true;
            try {
                writeOnce(predictions, labels);
            } finally {
                duck.careful = false;
            }
        }
    }

    private void writeOnce(List<PredictionRow> predictions, List<LabelRow> labels) throws SQLException {
        try {
            batchWriter.writePredictions(predictions);
            batchWriter.writeLabels(labels);
            writer.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                writer.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** Runs a read on a connection of its own. */
    public <T> T read(SqlRead<T> read) throws SQLException {
        try (Connection c = readConnection()) {
            return read.apply(c);
        }
    }

    /** A read of the store. */
    @FunctionalInterface
    public interface SqlRead<T> {
        T apply(Connection connection) throws SQLException;
    }

    public StoreStats stats() throws SQLException {
        return read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM predictions), "
                         + "(SELECT count(*) FROM labels), "
                         + "(SELECT count(*) FROM predictions p JOIN labels l ON p.id = l.id)")) {
                r.next();
                return new StoreStats(r.getLong(1), r.getLong(2), r.getLong(3));
            }
        });
    }

    /** Whether a trivial query answers now. */
    public boolean isReachable() {
        try {
            return read(c -> {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT 1")) {
                    return r.next();
                }
            });
        } catch (SQLException e) {
            return false;
        }
    }

    private Connection readConnection() throws SQLException {
        if (location.dialect() == Dialect.DUCKDB) {
            return ((DuckDBConnection) writer).duplicate();
        }
        return DriverManager.getConnection(location.jdbcUrl());
    }

    @Override
    public synchronized void close() {
        try {
            batchWriter.close();
            writer.close();
        } catch (SQLException e) {
            // closing: nothing uncommitted is left to lose
        }
    }
}
