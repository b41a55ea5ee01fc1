package dev.greenlight.serve.http;

import java.util.Locale;

/** What a bearer token may do. An {@link #ADMIN} token may do everything. */
public enum Scope {
    /** POST predictions and labels. */
    INGEST("GREENLIGHT_INGEST_TOKEN"),
    /** GET figures, stats, metrics and the dashboard. */
    READ("GREENLIGHT_READ_TOKEN"),
    /** Everything, including what only an operator should do. */
    ADMIN("GREENLIGHT_ADMIN_TOKEN");

    private final String environmentVariable;

    Scope(String environmentVariable) {
        this.environmentVariable = environmentVariable;
    }

    /** The environment variable that sets this scope's token. */
    public String environmentVariable() {
        return environmentVariable;
    }

    /** The lower-case name used in the configuration ({@code serve.tokens.ingest}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
