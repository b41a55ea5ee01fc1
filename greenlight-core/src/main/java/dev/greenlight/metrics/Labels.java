package dev.greenlight.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Class-label ordering. scikit-learn sorts the union of labels ({@code numpy.unique}): numerically when the labels
 * are numbers, lexicographically when they are strings. The binary positive class defaults to the last label
 * ({@code 1}, {@code "yes" > "no"}).
 */
public final class Labels {
    private Labels() {
    }

    /** The distinct labels in scikit-learn's order. */
    public static List<String> sorted(Collection<String> labels) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(labels));
        boolean numeric = !distinct.isEmpty() && distinct.stream().allMatch(Labels::isNumber);
        distinct.sort(numeric ? Comparator.comparingDouble(Double::parseDouble) : Comparator.naturalOrder());
        return distinct;
    }

    /**
     * The index of each value in {@code labels}.
     *
     * @throws IllegalArgumentException naming the first value that is not a label
     */
    public static int[] encode(List<String> values, List<String> labels) {
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int k = 0; k < labels.size(); k++) {
            index.put(labels.get(k), k);
        }
        int[] out = new int[values.size()];
        for (int i = 0; i < out.length; i++) {
            Integer k = index.get(values.get(i));
            if (k == null) {
                throw new IllegalArgumentException("value '" + values.get(i) + "' at row " + i
                        + " is not one of the labels " + labels);
            }
            out[i] = k;
        }
        return out;
    }

    static boolean isNumber(String s) {
        try {
            double d = Double.parseDouble(s);
            return !Double.isNaN(d);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
