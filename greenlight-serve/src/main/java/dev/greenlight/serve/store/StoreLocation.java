package dev.greenlight.serve.store;

import dev.greenlight.error.GreenlightException;

import java.nio.file.Path;

/**
 * Where the store lives, as given to {@code --store}: {@code duckdb:FILE} (a file, created when absent) or a
 * PostgreSQL URL ({@code postgresql://host[:port]/db?user=...&password=...}, the {@code jdbc:} prefix optional).
 *
 * @param dialect  which database
 * @param jdbcUrl  the JDBC URL the driver opens
 * @param file     the DuckDB file; {@code null} for PostgreSQL
 */
public record StoreLocation(Dialect dialect, String jdbcUrl, Path file) {

    public static StoreLocation duckdb(Path file) {
        return new StoreLocation(Dialect.DUCKDB, "jdbc:duckdb:" + file.toAbsolutePath(), file.toAbsolutePath());
    }

    /** Parses the {@code --store} value; relative DuckDB files are resolved against {@code folder}. */
    public static StoreLocation parse(String text, Path folder) {
        String t = text.trim();
        if (t.startsWith("duckdb:")) {
            String file = t.substring("duckdb:".length());
            if (file.isEmpty()) {
                throw new GreenlightException("--store duckdb: needs a file name, e.g. duckdb:greenlight.db");
            }
            Path p = Path.of(file);
            return duckdb(p.isAbsolute() ? p : folder.resolve(p));
        }
        String url = t.startsWith("jdbc:") ? t.substring(5) : t;
        if (url.startsWith("postgresql://") || url.startsWith("postgres://")) {
            String rest = url.substring(url.indexOf("://") + 3);
            return new StoreLocation(Dialect.POSTGRESQL, "jdbc:postgresql://" + rest, null);
        }
        throw new GreenlightException("--store '" + text + "': expected duckdb:FILE or postgresql://host/db?user=...");
    }

    /** The location without credentials, for messages and logs. */
    public String describe() {
        if (dialect == Dialect.DUCKDB) {
            return "duckdb:" + file;
        }
        int q = jdbcUrl.indexOf('?');
        return (q < 0 ? jdbcUrl : jdbcUrl.substring(0, q)).substring("jdbc:".length());
    }

    @Override
    public String toString() {
        return describe();
    }
}
