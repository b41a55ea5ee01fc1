package dev.greenlight.checklist.goals;

import java.util.List;

/**
 * The Pareto-optimal options among several scored on objectives of known direction: an option is optimal when no
 * other is at least as good on every objective and strictly better on one. An objective missing (null) for either
 * of two options is left out of comparing them, so a figure that could not be measured neither helps nor hurts.
 */
final class Pareto {

    private Pareto() {
    }

    /**
     * @param values      per option, one value per objective (null when unknown)
     * @param higherBetter per objective, whether a larger value is better
     * @return per option, whether it is Pareto-optimal
     */
    static boolean[] optimal(List<Double[]> values, boolean[] higherBetter) {
        boolean[] out = new boolean[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = true;
            for (int j = 0; j < out.length && out[i]; j++) {
                if (j != i && dominates(values.get(j), values.get(i), higherBetter)) {
                    out[i] = false;
                }
            }
        }
        return out;
    }

    /** Whether {@code a} is at least as good as {@code b} on every objective both have, and better on one. */
    static boolean dominates(Double[] a, Double[] b, boolean[] higherBetter) {
        boolean better = false;
        for (int k = 0; k < higherBetter.length; k++) {
            if (a[k] == null || b[k] == null) {
                continue;
            }
            double d = higherBetter[k] ? a[k] - b[k] : b[k] - a[k];
            if (d < 0) {
                return false;
            }
            better |= d > 0;
        }
        return better;
    }
}
