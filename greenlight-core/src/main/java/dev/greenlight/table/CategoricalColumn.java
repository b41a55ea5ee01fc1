package dev.greenlight.table;

import dev.greenlight.error.InvalidDataException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A dictionary-encoded column of text values: each row holds an index into {@link #dictionary()}, or
 * {@link #MISSING} when the value is absent. Used for categorical, boolean and free-text columns.
 */
public final class CategoricalColumn implements Column {
    public static final int MISSING = -1;

    private final String name;
    private final ColumnType type;
    private final int[] codes;
    private final List<String> dictionary;
    private final int missing;

    public CategoricalColumn(String name, ColumnType type, int[] codes, List<String> dictionary) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        if (type.isNumericStorage()) {
            throw new InvalidDataException("column '" + name + "': type " + type.key() + " is not categorical");
        }
        this.codes = Objects.requireNonNull(codes, "codes");
        this.dictionary = List.copyOf(dictionary);
        int m = 0;
        for (int c : codes) {
            if (c == MISSING) {
                m++;
            } else if (c < 0 || c >= this.dictionary.size()) {
                throw new InvalidDataException("column '" + name + "': code " + c + " outside the dictionary");
            }
        }
        this.missing = m;
    }

    /** Encodes the given values (null = missing) in order of first appearance. */
    public static CategoricalColumn of(String name, ColumnType type, List<String> values) {
        Map<String, Integer> index = new HashMap<>();
        List<String> dict = new ArrayList<>();
        int[] codes = new int[values.size()];
        for (int i = 0; i < codes.length; i++) {
            String v = values.get(i);
            if (v == null) {
                codes[i] = MISSING;
            } else {
                codes[i] = index.computeIfAbsent(v, k -> {
                    dict.add(k);
                    return dict.size() - 1;
                });
            }
        }
        return new CategoricalColumn(name, type, codes, dict);
    }

    public static CategoricalColumn of(String name, String... values) {
        List<String> list = new ArrayList<>(values.length);
        Collections.addAll(list, values);
        return of(name, ColumnType.CATEGORICAL, list);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ColumnType type() {
        return type;
    }

    @Override
    public int size() {
        return codes.length;
    }

    /** The dictionary code of a row, or {@link #MISSING}. */
    public int code(int row) {
        return codes[row];
    }

    /** The distinct values, indexed by code. Some may not occur after a {@link #select}. */
    public List<String> dictionary() {
        return dictionary;
    }

    public String get(int row) {
        int c = codes[row];
        return c == MISSING ? null : dictionary.get(c);
    }

    @Override
    public boolean isMissing(int row) {
        return codes[row] == MISSING;
    }

    @Override
    public int missingCount() {
        return missing;
    }

    @Override
    public String format(int row) {
        return get(row);
    }

    /** Occurrences of each dictionary code. */
    public long[] counts() {
        long[] counts = new long[dictionary.size()];
        for (int c : codes) {
            if (c != MISSING) {
                counts[c]++;
            }
        }
        return counts;
    }

    @Override
    public CategoricalColumn select(int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = codes[rows[i]];
        }
        return new CategoricalColumn(name, type, out, dictionary);
    }

    @Override
    public CategoricalColumn withType(ColumnType newType) {
        return new CategoricalColumn(name, newType, codes, dictionary);
    }

    @Override
    public String toString() {
        return "CategoricalColumn[" + name + ", " + type.key() + ", n=" + codes.length + ", distinct="
                + dictionary.size() + ", missing=" + missing + "]";
    }
}
