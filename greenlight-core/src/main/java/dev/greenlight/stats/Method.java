package dev.greenlight.stats;

/** How a p-value is computed: requested by the caller, and reported back as the method actually used. */
public enum Method {
    /** Let the test choose, by the same rule as scipy's {@code method='auto'} (documented on each test). */
    AUTO,
    /** The exact null distribution of the statistic. */
    EXACT,
    /** A large-sample (asymptotic) approximation of the null distribution. */
    ASYMPTOTIC;

    /** The name scipy uses for this method ({@code "auto"}, {@code "exact"}, {@code "asymptotic"}). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
