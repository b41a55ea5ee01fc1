package dev.greenlight.serve.store;

import dev.greenlight.error.GreenlightException;
import dev.greenlight.serve.FeatureSchema;
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
 * The predictions and labels a serving system sent, in DuckDB or PostgreSQL (docs/serve.md, "The store"). One
 * thread writes (the write queue's); any thread reads, each read on its own connection. Every statement is
 * parameterised or fixed text: no value sent over HTTP ever becomes SQL.
 */
public final class EventStore implements BatchSink, AutoCloseable {
    /** Legacy rows typed per transaction at start-up: large, because each chunk costs DuckDB a scan of the ids. */
    private static final int LEGACY_CHUNK = 200_000;

    /** DuckDB's own checkpoints wait till the log is this large (the default is 16 MB, about 200,000 rows). */
    static final String DUCKDB_CHECKPOINT_THRESHOLD = "256MB";
    /** PostgreSQL connections kept open between reads. */
    private static final int IDLE_READERS = 4;

    private final StoreLocation location;
    private final java.util.concurrent.ConcurrentLinkedQueue<Connection> idleReaders =
            new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final Connection writer;
    private final EventTables tables;
    private final EventWriter events;
    private final FeatureColumns features;

    private EventStore(StoreLocation location, Connection writer, EventTables tables, FeatureColumns features) {
        this.location = location;
        this.writer = writer;
        this.tables = tables;
        this.events = new EventWriter(writer, tables);
        this.features = features;
    }

    /**
     * Opens (creating a DuckDB file when absent) and migrates the store, adds a typed column for every feature of
     * the schema that has none, and types the features of rows stored by the store's first version.
     */
    public static EventStore open(StoreLocation location, FeatureSchema schema) {
        try {
            if (location.dialect() == Dialect.DUCKDB) {
                Path parent = location.file().getParent();
                if (parent != null && !Files.isDirectory(parent)) {
                    throw new GreenlightException("--store " + location + ": the folder " + parent
                            + " does not exist");
                }
            }
            Connection c = DriverManager.getConnection(location.jdbcUrl());
            try {
                if (location.dialect() == Dialect.DUCKDB) {
                    try (Statement s = c.createStatement()) {
                        s.execute("SET checkpoint_threshold = '" + DUCKDB_CHECKPOINT_THRESHOLD + "'");
                    }
                }
                Migrations.migrate(location, c);
                FeatureColumns features = FeatureColumns.ensure(c, schema);
                EventTables tables = location.dialect() == Dialect.DUCKDB
                        ? new DuckDbEventTables((DuckDBConnection) c,
                        PredictionLayout.of(FeatureColumns.tableColumns(c), features))
                        : new PostgresEventTables(c, features);
                c.setAutoCommit(false);
                LegacyFeatures.type(c, tables, schema, LEGACY_CHUNK);
                return new EventStore(location, c, tables, features);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new GreenlightException("cannot open the store " + location + ": " + e.getMessage(), e);
        } catch (org.flywaydb.core.api.FlywayException e) {
            throw new GreenlightException("cannot migrate the store " + location + ": " + e.getMessage(), e);
        }
    }

    public StoreLocation location() {
        return location;
    }

    /** The columns that hold the schema's features. */
    public FeatureColumns features() {
        return features;
    }

    /**
     * Writes predictions and labels in one transaction and commits it; when this returns, every row is durable. The
     * first record of an id is kept; ids already stored are skipped. On failure nothing is written.
     */
    @Override
    public synchronized WriteOutcome write(List<PredictionRow> predictions, List<LabelRow> labels)
            throws SQLException {
        return events.write(predictions, labels);
    }

    /**
     * Housekeeping while no batch waits (the write queue calls it): DuckDB checkpoints, moving what the log holds
     * into the database file. DuckDB checkpoints by itself too, when the log passes
     * {@value #DUCKDB_CHECKPOINT_THRESHOLD}, and that holds up the writes of the moment (about a second per 200,000
     * rows): done while idle it delays nobody.
     */
    public synchronized void idle() {
        if (location.dialect() != Dialect.DUCKDB) {
            return;
        }
        try (Statement s = writer.createStatement()) {
            writer.commit();
            s.execute("CHECKPOINT");
        } catch (SQLException e) {
            // a reader's transaction can hold the checkpoint back; the next idle moment tries again
        }
    }

    /** Runs a read on a connection of its own (PostgreSQL: one of a few kept open, so a read costs no log-in). */
    public <T> T read(SqlRead<T> read) throws SQLException {
        Connection c = idleReaders.poll();
        if (c == null) {
            c = readConnection();
        }
        boolean healthy = false;
        try {
            T out = read.apply(c);
            healthy = true;
            return out;
        } finally {
            if (healthy && location.dialect() == Dialect.POSTGRESQL && idleReaders.size() < IDLE_READERS) {
                idleReaders.add(c);
            } else {
                c.close();
            }
        }
    }

    /** A read of the store. */
    @FunctionalInterface
    public interface SqlRead<T> {
        T apply(Connection connection) throws SQLException;
    }

    /** The counts as committed now: one row, kept by every write, so this takes the same time at any size. */
    public StoreStats stats() throws SQLException {
        return read(EventCounts::read);
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
        for (Connection c; (c = idleReaders.poll()) != null; ) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing a reader: nothing to lose
            }
        }
        try {
            tables.close();
            writer.close();
        } catch (SQLException e) {
            // closing: nothing uncommitted is left to lose
        }
    }
}
