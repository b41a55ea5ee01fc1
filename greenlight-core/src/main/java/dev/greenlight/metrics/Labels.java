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

    static boolean isNumber(String s) {
        try {
            double d = Double.parseDouble(s);
            return !Double.isNaN(d);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
