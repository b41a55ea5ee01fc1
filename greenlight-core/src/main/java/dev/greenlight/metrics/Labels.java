package dev.greenlight.metrics;

import dev.greenlight.error.InvalidDataException;
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
     * @throws InvalidDataException naming the first value that is not a label
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
                throw new InvalidDataException("value '" + values.get(i) + "' at row " + i
                        + " is not one of the labels " + labels);
            }
            out[i] = k;
        }
        return out;
    }

    /**
     * The two classes of a binary task when the data show only one of them (a monitoring window with only
     * positives): the observed label and its usual counterpart ({@code 0}/{@code 1}, {@code false}/{@code true},
     * {@code no}/{@code yes}, {@code negative}/{@code positive}, {@code N}/{@code Y}, any letter case), in
     * scikit-learn's order; or, given a positive label other than the observed one, those two. Metrics on such data
     * are what scikit-learn computes with {@code labels=[negative, positive]}: accuracy, precision and recall where
     * their denominators are not 0, and ROC AUC undefined.
     *
     * @return the two labels, or an empty list when the counterpart cannot be known (name the positive label)
     */
    public static List<String> binaryFromOne(String observed, String positiveLabel) {
        if (positiveLabel != null && !positiveLabel.equals(observed)) {
            return sorted(List.of(observed, positiveLabel));
        }
        String other = counterpart(observed);
        return other == null ? List.of() : sorted(List.of(observed, other));
    }

    private static String counterpart(String label) {
        if (isNumber(label)) {
            double v = Double.parseDouble(label);
            if (v == 0 || v == 1) {
                String one = label.contains(".") ? "1.0" : "1";
                String zero = label.contains(".") ? "0.0" : "0";
                return v == 0 ? one : zero;
            }
            return null;
        }
        String[][] pairs = {{"false", "true"}, {"no", "yes"}, {"negative", "positive"}, {"n", "y"}, {"f", "t"}};
        String lower = label.toLowerCase(java.util.Locale.ROOT);
        for (String[] pair : pairs) {
            for (int k = 0; k < 2; k++) {
                if (lower.equals(pair[k])) {
                    String other = pair[1 - k];
                    if (label.equals(label.toUpperCase(java.util.Locale.ROOT))) {
                        return other.toUpperCase(java.util.Locale.ROOT);
                    }
                    if (Character.isUpperCase(label.charAt(0))) {
                        return Character.toUpperCase(other.charAt(0)) + other.substring(1);
                    }
                    return other;
                }
            }
        }
        return null;
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
