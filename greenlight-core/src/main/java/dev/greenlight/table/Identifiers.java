package dev.greenlight.table;

import java.util.Arrays;
import java.util.Locale;

/**
 * Recognises a column that identifies rows: a distinct value in every row, and either named like an identifier
 * ({@code id}, {@code *_id}, {@code index}) or integers in at least {@link #MIN_UNNAMED_ROWS} rows. Such a column
 * differs between any two datasets by construction and says nothing about a model's inputs, so it is never a
 * feature by default, never a slice and never compared for drift; naming it explicitly still uses it.
 */
public final class Identifiers {
    /** Rows from which an unnamed column of distinct integers is taken for a row number. */
    public static final int MIN_UNNAMED_ROWS = 100;

    private Identifiers() {
    }

    /** Whether the name reads as a row identifier: {@code id}, {@code *_id}, {@code *Id}, {@code index}. */
    public static boolean isIdentifierName(String name) {
        String lc = name.toLowerCase(Locale.ROOT);
        return lc.equals("id") || lc.endsWith("_id") || lc.equals("index") || lc.equals("row")
                || name.length() > 2 && name.endsWith("Id") && Character.isLowerCase(name.charAt(name.length() - 3));
    }

    /** Whether the column identifies rows (see the class comment); missing values disqualify it. */
    public static boolean isIdentifier(Column c) {
        int n = c.size();
        if (n < 2 || c.missingCount() > 0) {
            return false;
        }
        boolean named = isIdentifierName(c.name());
        if (c instanceof CategoricalColumn cat) {
            return named && cat.dictionary().size() == n;
        }
        NumericColumn num = (NumericColumn) c;
        double[] v = new double[n];
        boolean integers = true;
        for (int i = 0; i < n; i++) {
            v[i] = num.get(i);
            integers &= v[i] == Math.rint(v[i]);
        }
        if (!named && !(integers && n >= MIN_UNNAMED_ROWS)) {
            return false;
        }
        Arrays.sort(v);
        for (int i = 1; i < n; i++) {
            if (v[i] == v[i - 1]) {
                return false;
            }
        }
        return true;
    }
}
