package dev.greenlight.serve.store;

/** The databases the store runs on; what differs between them is how a batch is written fast. */
public enum Dialect {
    /** Embedded, one file, no set-up: the default. */
    DUCKDB,
    /** A server, for production: many writers and readers, backups, replication. */
    POSTGRESQL
}
