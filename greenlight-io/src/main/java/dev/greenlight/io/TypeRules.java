package dev.greenlight.io;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one set of rules that decides a column's type from what a file holds, for the in-memory reader
 * ({@link TableReader}) and the streaming one ({@code io.stream.ColumnarSource}) alike. Each reader gathers the facts
 * its own way (the in-memory one exactly, from the column's dictionary; the streaming one with aggregate queries)
 * and asks these rules:
 * <ul>
 *   <li>DuckDB numbers are numeric, except a column of one or two distinct whole values (a 0/1 indicator), which
 *       is categorical ({@link #isCategoryCode});</li>
 *   <li>text whose every present value is a number or a missing-value marker ({@link #MISSING_NUMBER_TOKENS}) is
 *       numeric;</li>
 *   <li>dates and timestamps are datetimes;</li>
 *   <li>text whose values are exactly {@code true} and {@code false} is boolean; other text, {@code yes}/{@code no}
 *       included, stays the strings it is written as, so a label {@code yes} can be the positive label;</li>
 *   <li>other text is categorical, unless it looks like free text ({@link #looksLikeFreeText}).</li>
 * </ul>
 */
public final class TypeRules {
    /**
     * Text that stands for a missing number in a column that otherwise holds numbers, as pandas' {@code read_csv}
     * treats it by default; in a categorical column these stay values.
     */
    public static final List<String> MISSING_NUMBER_TOKENS = List.of("", "#N/A", "#N/A N/A", "#NA", "-1.#IND",
            "-1.#QNAN", "-NaN", "-nan", "1.#IND", "1.#QNAN", "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan",
            "null");
    private static final Set<String> MISSING = Set.copyOf(MISSING_NUMBER_TOKENS);

    /** Share of distinct values among present rows above which a text column may be free text. */
    public static final double FREE_TEXT_DISTINCT_SHARE = 0.5;
    /** Mean length, in characters, from which distinct values read as text rather than identifiers. */
    public static final double FREE_TEXT_MEAN_LENGTH = 20;
    /** Fewer present values than this never make free text: too few to tell. */
    public static final long FREE_TEXT_MIN_PRESENT = 10;
    /** Share of present values that must parse as numbers before a text column is reported as "looks numeric". */
    public static final double LOOKS_NUMERIC_SHARE = 0.95;
    /** The text values of a boolean column, as DuckDB, Parquet and JSON write booleans. */
    public static final Set<String> BOOLEAN_TEXTS = Set.of("true", "false");

    private static final Set<String> NUMBER_TYPES = Set.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT",
            "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "UHUGEINT", "FLOAT", "DOUBLE");

    private TypeRules() {
    }

    /**
     * A (trimmed) text as a number: what Java's {@link Double#parseDouble} reads, and the infinities as DuckDB's
     * {@code CAST(x AS DOUBLE)} and Python's {@code float()} write and read them ({@code inf}, {@code -inf},
     * {@code infinity}, any case), so that both readers agree that a column holding {@code inf} is numeric.
     *
     * @throws NumberFormatException when the text is not a number
     */
    public static double parseNumber(String text) {
        String t = text.startsWith("+") || text.startsWith("-") ? text.substring(1) : text;
        if (t.equalsIgnoreCase("inf") || t.equalsIgnoreCase("infinity")) {
            return text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return Double.parseDouble(text);
    }

    /** Whether a (trimmed) text is a missing-number marker. */
    public static boolean isMissingNumber(String text) {
        return MISSING.contains(text);
    }

    /** Whether DuckDB's type is a number type (integers, floats, decimals). */
    public static boolean isNumberType(String duckType) {
        String t = duckType.toUpperCase(Locale.ROOT);
        return t.startsWith("DECIMAL") || NUMBER_TYPES.contains(t);
    }

    /** Whether DuckDB's type is a date or timestamp. */
    public static boolean isDateType(String duckType) {
        String t = duckType.toUpperCase(Locale.ROOT);
        return t.equals("DATE") || t.startsWith("TIMESTAMP");
    }

    /** Whether DuckDB's type is boolean (read as its text, so that yes/no stays yes/no). */
    public static boolean isBooleanType(String duckType) {
        return duckType.toUpperCase(Locale.ROOT).equals("BOOLEAN");
    }

    /**
     * A numeric column whose present values are all whole and take at most two distinct values (0/1, 1/2) encodes
     * a category, and drift tests for categories fit it better.
     */
    public static boolean isCategoryCode(boolean anyPresent, boolean allWhole, long distinct) {
        return anyPresent && allWhole && distinct <= 2;
    }

    /**
     * Free text (names, comments) rather than categories: most present values distinct, and long or containing
     * spaces. Such columns are not compared category by category.
     *
     * @param present    rows with a value
     * @param distinct   distinct values among them
     * @param meanLength mean length of the present values, in characters
     * @param spaced     present values with an inner space
     */
    public static boolean looksLikeFreeText(long present, long distinct, double meanLength, long spaced) {
        return present >= FREE_TEXT_MIN_PRESENT && distinct > FREE_TEXT_DISTINCT_SHARE * present
                && (meanLength >= FREE_TEXT_MEAN_LENGTH || spaced > FREE_TEXT_DISTINCT_SHARE * present);
    }

    /** Whether a text column that is not all numbers is still nearly so, worth a note. */
    public static boolean looksNumeric(long present, long notNumbers) {
        return present > 0 && (present - notNumbers) >= LOOKS_NUMERIC_SHARE * present;
    }
}
