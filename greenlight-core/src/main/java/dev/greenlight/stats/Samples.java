package dev.greenlight.stats;

import dev.greenlight.error.InvalidDataException;

/** Input handling shared by the tests: missing values, empty samples and argument checks. */
final class Samples {
    private Samples() {
    }

    /** A copy of {@code values} without its NaN entries. */
    static double[] withoutNaN(double[] values) {
        int kept = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                kept++;
            }
        }
        double[] out = new double[kept];
        int k = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                out[k++] = v;
            }
        }
        return out;
    }

    /** The sorted non-NaN values of a named sample, rejecting a null or empty one. */
    static double[] sortedNonEmpty(double[] values, String name) {
        if (values == null) {
            throw new InvalidDataException("sample " + name + " is null");
        }
        return SortedSample.of(values).requireNonEmpty(name);
    }

    static void requireNonEmpty(int size, String name) {
        if (size == 0) {
            throw new InvalidDataException("sample " + name + " is empty (no values left after removing NaN)");
        }
    }

    static void requireSize(int size, int minimum, String name) {
        requireNonEmpty(size, name);
        if (size < minimum) {
            throw new InvalidDataException(
                    "sample " + name + " has " + size + " value(s); this test needs at least " + minimum);
        }
    }

    static <T> T requireNonNull(T value, String what) {
        if (value == null) {
            throw new InvalidDataException(what + " is null");
        }
        return value;
    }

    /** Clamps a computed probability into [0, 1], keeping NaN. */
    static double clipProbability(double p) {
        if (p < 0) {
            return 0;
        }
        return p > 1 ? 1 : p;
    }
}
