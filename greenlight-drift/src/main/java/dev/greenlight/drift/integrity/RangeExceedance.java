package dev.greenlight.drift.integrity;

import org.apache.commons.numbers.gamma.LogGamma;

/**
 * How many of n new values fall outside the range of m training values by chance alone. Under exchangeability
 * (the two sets are one random sample, split at random; continuous values, no ties) the pooled order is uniformly
 * random, and K new values outside {@code [min, max]} of the training values means a at the start and k - a at the
 * end of that order with the m - 2 other training values and the n - k other new values in between:
 * {@code P(K = k) = (k + 1) C(m + n - 2 - k, n - k) / C(m + n, n)}, with mean {@code 2n / (m + 1)} (each new value
 * is outside with probability 2/(m + 1)). On a million rows against a million, about two values are outside
 * however unchanged the data; on 100 training rows, 2% of new ones are. With ties (integers) fewer values lie
 * strictly outside, so the test is conservative there.
 */
final class RangeExceedance {
    private RangeExceedance() {
    }

    /** The expected number of the n new values outside the range of m training values: {@code 2n / (m + 1)}. */
    public static double expected(long n, long m) {
        return 2.0 * n / (m + 1);
    }

    /**
     * {@code P(K >= k)}: the p-value of observing k values outside.
     *
     * @throws IllegalArgumentException if m is below 2, n below 0, or k outside [0, n]
     */
    public static double tail(long k, long n, long m) {
        if (m < 2 || n < 0 || k < 0 || k > n) {
            throw new IllegalArgumentException("need m >= 2 training values and 0 <= k <= n, got k = " + k
                    + ", n = " + n + ", m = " + m);
        }
        if (k == 0) {
            return 1;
        }
        double logTotal = logChoose(m + n, n);
        double sum = 0;
        double previous = Double.POSITIVE_INFINITY;
        for (long j = k; j <= n; j++) {
            double term = Math.exp(Math.log(j + 1.0) + logChoose(m + n - 2 - j, n - j) - logTotal);
            sum += term;
            // past the mode the terms only fall; stop once they no longer change the sum
            if (term < previous && term <= 1e-17 * sum) {
                break;
            }
            previous = term;
        }
        return Math.min(1, sum);
    }

    private static double logChoose(long a, long b) {
        return LogGamma.value(a + 1.0) - LogGamma.value(b + 1.0) - LogGamma.value(a - b + 1.0);
    }
}
