package dev.greenlight.serve;

import dev.greenlight.serve.store.StoreLocation;

import java.util.Map;

/**
 * How {@code greenlight serve} was started.
 *
 * @param host           the address to listen on; 127.0.0.1 by default, so nothing outside the machine reaches
 *                       a server nobody meant to expose
 * @param port           the port; 0 picks a free one
 * @param store          where predictions and labels are kept
 * @param insecureNoAuth no bearer tokens required ({@code --insecure-no-auth}), for a laptop
 * @param environment    the environment variables, where the tokens may come from
 */
public record ServeOptions(String host, int port, StoreLocation store, boolean insecureNoAuth,
                           Map<String, String> environment) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    /** The DuckDB file made beside the configuration when no {@code --store} is given. */
    public static final String DEFAULT_DUCKDB_FILE = "greenlight.db";

    public ServeOptions {
        environment = Map.copyOf(environment);
    }
}
