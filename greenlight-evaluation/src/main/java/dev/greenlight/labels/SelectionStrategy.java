package dev.greenlight.labels;

import dev.greenlight.error.GreenlightException;
import dev.greenlight.text.Suggestions;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How {@link LabelSelection} picks the rows to label. The uncertainty strategies (Settles 2009, "Active Learning
 * Literature Survey", section 3.1) need the model's scores; {@code diversity} needs features; {@code stratified}
 * needs a column to stratify by.
 */
public enum SelectionStrategy {
    /** A simple random sample without replacement: the only choice that keeps the labelled rows representative. */
    RANDOM(false),
    /** Random within each stratum, with shares proportional to the strata's sizes (largest remainder). */
    STRATIFIED(false),
    /** Least confidence: the rows whose most likely class has the lowest probability. */
    UNCERTAINTY(true),
    /** The rows with the smallest gap between the two most likely classes' probabilities. */
    MARGIN(true),
    /** The rows whose predicted class distribution has the highest Shannon entropy. */
    ENTROPY(true),
    /**
     * k-center greedy (Sener &amp; Savarese 2018, "Active Learning for Convolutional Neural Networks: A Core-Set
     * Approach"): start from a seeded random row, then repeatedly take the row farthest (Euclidean, in standardised
     * features) from every row taken so far, so the sample covers the feature space.
     */
    DIVERSITY(false);

    private final boolean needsScores;

    SelectionStrategy(boolean needsScores) {
        this.needsScores = needsScores;
    }

    /** Whether the strategy ranks rows by the model's class probabilities. */
    public boolean needsScores() {
        return needsScores;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(SelectionStrategy::key).toList();
    }

    /** The strategy of that name; an unknown name fails with the valid ones. */
    public static SelectionStrategy named(String key) {
        for (SelectionStrategy s : values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        throw new GreenlightException("unknown selection strategy '" + key + "'" + Suggestions.didYouMean(key,
                keys()) + "; expected one of " + String.join(", ", keys()));
    }
}
