package dev.greenlight.split;

import java.util.Locale;

/** How rows are assigned to train and test; {@link Splitter} documents each algorithm. */
public enum SplitMethod {
    /** Each row independently of the others. */
    RANDOM,
    /** Within each class of a target column, so both splits keep the class shares. */
    STRATIFIED,
    /** Whole groups (all rows of a customer, a patient, a session) go to one side. */
    GROUP,
    /** The latest rows by a time column are the test set. */
    TIME;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The method of a key such as {@code stratified}; {@code null} when unknown. */
    public static SplitMethod fromKey(String key) {
        for (SplitMethod m : values()) {
            if (m.key().equals(key)) {
                return m;
            }
        }
        return null;
    }
}
