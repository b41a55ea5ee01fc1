package dev.greenlight.text;

import java.math.BigDecimal;
import java.math.MathContext;

/** Formats numbers for people: four significant digits, no exponent for everyday magnitudes. */
public final class Figures {
    private Figures() {
    }

    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        double a = Math.abs(v);
        if (a >= 1e-4 && a < 1e9) {
            return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
        }
        return String.format(java.util.Locale.ROOT, "%.3e", v);
    }

    /** A share as a percentage with one decimal, e.g. {@code 12.5%}. */
    public static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
    }
}
