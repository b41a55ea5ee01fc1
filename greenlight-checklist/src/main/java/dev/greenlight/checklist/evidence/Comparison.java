package dev.greenlight.checklist.evidence;

/** How a figure is compared with its threshold for the condition to hold. */
public enum Comparison {
    /** value <= threshold */
    AT_MOST("<="),
    /** value >= threshold */
    AT_LEAST(">="),
    /** value < threshold */
    BELOW("<"),
    /** value > threshold */
    ABOVE(">");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as a report shows it, e.g. {@code <=}. */
    public String symbol() {
        return symbol;
    }

    /** Whether {@code value} stands on the right side of {@code threshold}; false for NaN. */
    public boolean holds(double value, double threshold) {
        return switch (this) {
            case AT_MOST -> value <= threshold;
            case AT_LEAST -> value >= threshold;
            case BELOW -> value < threshold;
            case ABOVE -> value > threshold;
        };
    }
}
