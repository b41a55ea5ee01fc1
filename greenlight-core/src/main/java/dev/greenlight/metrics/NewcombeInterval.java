package dev.greenlight.metrics;

/**
 * The interval of a difference of two independent proportions {@code p1 - p2} by Newcombe's hybrid score method
 * (Newcombe 1998, "Interval estimation for the difference between independent proportions", method 10; statsmodels
 * {@code confint_proportions_2indep(method='newcomb')}): from the Wilson intervals (l1, u1) and (l2, u2),
 * {@code low = d - sqrt((p1 - l1)^2 + (u2 - p2)^2)} and {@code high = d + sqrt((u1 - p1)^2 + (p2 - l2)^2)}. Unlike
 * the Wald interval it stays inside [-1, 1] and keeps its coverage near 0 and 1. Used to compare a model's accuracy
 * with one a team states, measured on other rows (human labellers' accuracy on their own sample).
 */
public final class NewcombeInterval {
    public static final String METHOD = "Newcombe hybrid score";

    private NewcombeInterval() {
    }

    /** @return undefined when either sample is empty */
    public static ConfidenceInterval difference(String metric, long successes1, long n1, long successes2, long n2,
                                                double level) {
        ConfidenceInterval a = WilsonInterval.of(metric, successes1, n1, level);
        ConfidenceInterval b = WilsonInterval.of(metric, successes2, n2, level);
        int n = (int) Math.min(n1 + n2, Integer.MAX_VALUE);
        if (!a.isDefined() || !b.isDefined()) {
            return ConfidenceInterval.undefined(metric, level, METHOD, n, "a difference of proportions needs rows "
                    + "in both samples");
        }
        double p1 = a.value();
        double p2 = b.value();
        double d = p1 - p2;
        double low = d - Math.sqrt((p1 - a.low()) * (p1 - a.low()) + (b.high() - p2) * (b.high() - p2));
        double high = d + Math.sqrt((a.high() - p1) * (a.high() - p1) + (p2 - b.low()) * (p2 - b.low()));
        return ConfidenceInterval.of(metric, d, low, high, level, METHOD, n);
    }
}
