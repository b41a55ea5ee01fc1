package dev.greenlight.drift;

import dev.greenlight.error.GreenlightException;
import dev.greenlight.stats.MultipleTesting;

import java.util.Locale;

/** The multiple-testing correction applied to the p-values of one comparison, across its columns. */
public enum Correction {
    /** Benjamini-Hochberg (1995): controls the false discovery rate; the default. */
    BH,
    /** Bonferroni: controls the family-wise error rate; stricter. */
    BONFERRONI,
    /** No correction: each column at the nominal level. */
    NONE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Adjusted p-values (NaN entries stay NaN and do not count). */
    public double[] adjust(double[] p) {
        return switch (this) {
            case BH -> MultipleTesting.benjaminiHochberg(p);
            case BONFERRONI -> MultipleTesting.bonferroni(p);
            case NONE -> p.clone();
        };
    }

    public static Correction fromKey(String key) {
        for (Correction c : values()) {
            if (c.key().equals(key)) {
                return c;
            }
        }
        throw new GreenlightException("unknown correction '" + key + "'; expected one of bh, bonferroni, none");
    }
}
