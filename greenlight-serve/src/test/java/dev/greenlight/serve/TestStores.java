package dev.greenlight.serve;

import dev.greenlight.serve.store.Dialect;
import dev.greenlight.serve.store.StoreLocation;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The stores the integration tests run against: DuckDB always, PostgreSQL at the URL in
 * {@code GREENLIGHT_TEST_POSTGRES_URL} ({@code .ci/run} starts one). Without that URL a PostgreSQL test fails on
 * CI ({@code CI=true}) and is skipped with the reason printed elsewhere.
 */
public final class TestStores {
    public static final String POSTGRES_URL_VARIABLE = "GREENLIGHT_TEST_POSTGRES_URL";

    private TestStores() {
    }

    /** The dialects to run a parameterised test for. */
    public static List<Dialect> dialects() {
        return List.of(Dialect.DUCKDB, Dialect.POSTGRESQL);
    }

    /** A fresh, empty store of the dialect: a new DuckDB file in {@code dir}, or the test database emptied. */
    public static StoreLocation fresh(Dialect dialect, Path dir) {
        if (dialect == Dialect.DUCKDB) {
            return StoreLocation.duckdb(dir.resolve("test-" + System.nanoTime() + ".db"));
        }
        StoreLocation pg = StoreLocation.parse(postgresUrl(), dir);
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS predictions, labels, pending_labels, event_counts, feature_columns, "
                    + "stored_predictions, greenlight_schema_history");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the PostgreSQL test database at " + pg + ": "
                    + e.getMessage(), e);
        }
        return pg;
    }

    /**
     * Skips a jqwik property on PostgreSQL where {@link #postgresUrl} would skip a JUnit test (jqwik would count a
     * skipped try as a rejected one, and a property of rejected tries fails); on CI the property runs, and fails
     * without its database.
     */
    public static final class PostgresAvailable implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            String url = System.getenv(POSTGRES_URL_VARIABLE);
            boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
            if ((url == null || url.isBlank()) && !ci) {
                System.out.println("SKIPPED PostgreSQL property: " + POSTGRES_URL_VARIABLE + " is not set");
                return SkipResult.skip(POSTGRES_URL_VARIABLE + " is not set: no PostgreSQL to test against");
            }
            return SkipResult.doNotSkip();
        }
    }

    /** The PostgreSQL URL, or the test fails (CI) or is skipped (elsewhere) saying why. */
    public static String postgresUrl() {
        String url = System.getenv(POSTGRES_URL_VARIABLE);
        if (url == null || url.isBlank()) {
            String reason = POSTGRES_URL_VARIABLE + " is not set: no PostgreSQL to test against (.ci/run starts "
                    + "one and sets it)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(reason + "; on CI the PostgreSQL tests must run");
            }
            System.out.println("SKIPPED PostgreSQL test: " + reason);
            Assumptions.abort(reason);
        }
        return url;
    }
}
