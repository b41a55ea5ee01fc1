package dev.greenlight.outcomes;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.metrics.Labels;
import dev.greenlight.metrics.Task;
import dev.greenlight.table.Column;
import dev.greenlight.table.Table;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The classes of a classification, as the text of their values in sorted order ({@link Labels#sorted}, as
 * scikit-learn's {@code classes_}), and the positive one for a binary task.
 *
 * @param labels   the classes, sorted
 * @param positive binary: the positive class; null for multiclass
 */
public record ClassLabels(List<String> labels, String positive) {

    public ClassLabels {
        labels = List.copyOf(labels);
    }

    /**
     * Every label found in the tables' targets, predicted labels and prefix-named probability columns, with the
     * configured positive label; checked against the task (binary: exactly two; multiclass: at least two).
     */
    public static ClassLabels resolve(OutcomeSpec spec, Collection<Table> tables) {
        List<String> labels = collect(spec, tables, List.of());
        if (spec.task() == Task.BINARY) {
            if (labels.size() > 2) {
                throw new InvalidDataException("the task is binary, but the target and predicted labels hold "
                        + labels.size() + " classes (" + preview(labels) + "); " + spec.changeTask()
                        + " or fix the labels");
            }
            if (labels.size() == 1) {
                // one class only (a window of positives): keep the two classes so the defined metrics are computed
                List<String> two = Labels.binaryFromOne(labels.get(0), spec.positiveLabel());
                if (two.size() == 2) {
                    labels = two;
                }
            }
            if (labels.size() < 2) {
                throw new InvalidDataException("the task is binary, but every dataset's target and predictions "
                        + "hold the single class '" + (labels.isEmpty() ? "" : labels.get(0)) + "', whose other class "
                        + "cannot be told from it; name the positive label (positive_label, --positive-label)");
            }
            String positive = spec.positiveLabel() == null ? labels.get(1) : spec.positiveLabel();
            if (!labels.contains(positive)) {
                throw new InvalidDataException("the positive label '" + positive + "' is not one of the labels in "
                        + "the data: " + labels);
            }
            return new ClassLabels(labels, positive);
        }
        if (labels.size() < 2) {
            throw new InvalidDataException("the task is multiclass, but the labels hold " + labels.size()
                    + " class(es): " + labels);
        }
        return new ClassLabels(labels, null);
    }

    /** The sorted labels of the tables (as {@link #resolve}) and {@code extra} ones, unchecked. */
    public static List<String> collect(OutcomeSpec spec, Collection<Table> tables, Collection<String> extra) {
        Set<String> seen = new LinkedHashSet<>();
        for (Table t : tables) {
            t.find(spec.target()).ifPresent(c -> distinct(c, seen));
            if (spec.label() != null) {
                t.find(spec.label()).ifPresent(c -> distinct(c, seen));
            }
            seen.addAll(spec.prefixLabels(t));
        }
        seen.addAll(extra);
        return Labels.sorted(seen);
    }

    private static void distinct(Column c, Set<String> out) {
        for (int i = 0; i < c.size(); i++) {
            if (OutcomeReader.hasValue(c, i)) {
                out.add(c.format(i));
            }
        }
    }

    /** The index of each label, for turning values into class indices. */
    Map<String, Integer> index() {
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < labels.size(); k++) {
            index.put(labels.get(k), k);
        }
        return index;
    }

    /** Binary: the index of the positive class; -1 for multiclass. */
    public int positiveIndex() {
        return positive == null ? -1 : labels.indexOf(positive);
    }

    public int size() {
        return labels.size();
    }

    private static String preview(List<String> labels) {
        return labels.size() <= 10 ? String.join(", ", labels)
                : String.join(", ", labels.subList(0, 10)) + ", ...";
    }
}
