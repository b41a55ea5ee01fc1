package dev.greenlight.stats;

import java.math.BigInteger;

/**
 * Exact sum of many non-negative longs (each below 2^61): a long accumulator that spills into a BigInteger
 * before it could overflow, so the BigInteger work happens once per few thousand additions.
 */
final class ExactSum {
    private static final long SPILL = 1L << 62;
    private long low;
    private BigInteger high = BigInteger.ZERO;

    void add(long value) {
        if (low >= SPILL) {
            high = high.add(BigInteger.valueOf(low));
            low = 0;
        }
        low += value;
    }

    BigInteger value() {
        return high.add(BigInteger.valueOf(low));
    }
}
