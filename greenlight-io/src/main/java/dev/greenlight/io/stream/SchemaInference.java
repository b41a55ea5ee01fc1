package dev.greenlight.io.stream;

import dev.greenlight.table.ColumnType;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides each column's type with aggregate SQL queries, by the rules {@code dev.greenlight.io.TableReader} applies
 * row by row, so that a file streamed here and a file read whole get the same types:
 * <ul>
 *   <li>DuckDB numbers are numeric, except a column of exactly one or two distinct integer values (a 0/1
 *       indicator), which is categorical;</li>
 *   <li>text whose every present value is a number or a missing-value marker ({@code NA}, {@code null}, ...) is
 *       numeric;</li>
 *   <li>dates and timestamps are datetimes; booleans are boolean;</li>
 *   <li>other text is categorical, unless it looks like free text (most values distinct and long or spaced, the
 *       rule of {@code TextHeuristics}, here with DuckDB's approximate distinct count) or has more than
 *       {@link ColumnarSource#MAX_DICTIONARY} distinct values: then it is text.</li>
 * </ul>
 */
final class SchemaInference {
    /** pandas' default missing-value markers, as {@code ColumnDecoder.MISSING_NUMBER_TOKENS}. */
    static final List<String> MISSING_NUMBER_TOKENS = List.of("", "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN",
            "-NaN", "-nan", "1.#IND", "1.#QNAN", "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan", "null");
    private static final Set<String> NUMBER_TYPES = Set.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT",
            "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "UHUGEINT", "FLOAT", "DOUBLE");

    /** How a column is fetched: its type and the SQL expression whose values the batch holds. */
    record Plan(String name, ColumnType type, String expression) {
    }

    /** The plans of all columns, and the number of rows (counted by the same query). */
    record Schema(List<Plan> plans, long rows) {
    }

    private SchemaInference() {
    }

    static boolean isNumberType(String duckType) {
        String t = duckType.toUpperCase(Locale.ROOT);
        return t.startsWith("DECIMAL") || NUMBER_TYPES.contains(t);
    }

    static Schema infer(Connection conn, String source, Map<String, String> duckTypes) throws SQLException {
        List<String> names = new ArrayList<>(duckTypes.keySet());
        // one pass for the facts every rule needs
        StringBuilder q = new StringBuilder("SELECT count(*)");
        for (int i = 0; i < names.size(); i++) {
            String c = quote(names.get(i));
            String t = duckTypes.get(names.get(i)).toUpperCase(Locale.ROOT);
            if (isNumberType(t)) {
                q.append(", min(CAST(").append(c).append(" AS DOUBLE)), max(CAST(").append(c)
                        .append(" AS DOUBLE)), bool_and(CAST(").append(c).append(" AS DOUBLE) = round(CAST(")
                        .append(c).append(" AS DOUBLE)))");
            } else if (t.equals("VARCHAR")) {
                q.append(", count(*) FILTER (WHERE ").append(c).append(" IS NOT NULL AND trim(").append(c)
                        .append(") NOT IN (").append(tokenList()).append(") AND TRY_CAST(trim(").append(c)
                        .append(") AS DOUBLE) IS NULL), count(").append(c).append("), approx_count_distinct(")
                        .append(c).append("), avg(length(").append(c).append(")), count(*) FILTER (WHERE contains(trim(")
                        .append(c).append("), ' '))");
            }
        }
        q.append(" FROM ").append(source);
        List<Plan> plans = new ArrayList<>();
        Map<String, double[]> integral = new LinkedHashMap<>();
        long rows;
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(q.toString())) {
            rs.next();
            rows = rs.getLong(1);
            int k = 2;
            for (String name : names) {
                String c = quote(name);
                String t = duckTypes.get(name).toUpperCase(Locale.ROOT);
                if (isNumberType(t)) {
                    double min = rs.getDouble(k);
                    boolean allNull = rs.wasNull();
                    double max = rs.getDouble(k + 1);
                    boolean whole = rs.getBoolean(k + 2);
                    k += 3;
                    if (!allNull && whole) {
                        integral.put(name, new double[] {min, max});
                    }
                    plans.add(new Plan(name, ColumnType.NUMERIC, "CAST(" + c + " AS DOUBLE)"));
                } else if (t.equals("VARCHAR")) {
                    long notNumbers = rs.getLong(k);
                    long present = rs.getLong(k + 1);
                    long distinct = rs.getLong(k + 2);
                    double meanLength = rs.getDouble(k + 3);
                    long spaced = rs.getLong(k + 4);
                    k += 5;
                    if (notNumbers == 0) {
                        plans.add(new Plan(name, ColumnType.NUMERIC, "CASE WHEN trim(" + c + ") IN (" + tokenList()
                                + ") THEN NULL ELSE TRY_CAST(trim(" + c + ") AS DOUBLE) END"));
                    } else if (distinct > ColumnarSource.MAX_DICTIONARY || looksLikeFreeText(present, distinct,
                            meanLength, spaced)) {
                        plans.add(text(name, c));
                    } else {
                        plans.add(new Plan(name, ColumnType.CATEGORICAL, c));
                    }
                } else if (t.equals("DATE") || t.startsWith("TIMESTAMP")) {
                    plans.add(new Plan(name, ColumnType.DATETIME, "CAST(epoch(" + c + ") AS DOUBLE)"));
                } else if (t.equals("BOOLEAN")) {
                    plans.add(new Plan(name, ColumnType.BOOLEAN, "CAST(" + c + " AS VARCHAR)"));
                } else {
                    plans.add(new Plan(name, ColumnType.CATEGORICAL, "CAST(" + c + " AS VARCHAR)"));
                }
            }
        }
        return new Schema(binaryIndicators(conn, source, plans, integral), rows);
    }

    /** Integer columns with no value besides their minimum and maximum are categories (0/1 indicators). */
    private static List<Plan> binaryIndicators(Connection conn, String source, List<Plan> plans,
                                               Map<String, double[]> integral) throws SQLException {
        if (integral.isEmpty()) {
            return plans;
        }
        StringBuilder q = new StringBuilder("SELECT 0");
        for (Map.Entry<String, double[]> e : integral.entrySet()) {
            String v = "CAST(" + quote(e.getKey()) + " AS DOUBLE)";
            q.append(", count(*) FILTER (WHERE ").append(v).append(" <> ").append(literal(e.getValue()[0]))
                    .append(" AND ").append(v).append(" <> ").append(literal(e.getValue()[1])).append(")");
        }
        q.append(" FROM ").append(source);
        List<Plan> out = new ArrayList<>(plans);
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(q.toString())) {
            rs.next();
            int k = 2;
            for (String name : integral.keySet()) {
                if (rs.getLong(k++) == 0) {
                    for (int i = 0; i < out.size(); i++) {
                        if (out.get(i).name().equals(name)) {
                            out.set(i, new Plan(name, ColumnType.CATEGORICAL,
                                    "CAST(CAST(" + quote(name) + " AS BIGINT) AS VARCHAR)"));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static Plan text(String name, String c) {
        return new Plan(name, ColumnType.TEXT,
                "CASE WHEN " + c + " IS NULL THEN NULL ELSE CAST(hash(" + c + ") >> 1 AS BIGINT) END");
    }

    /** The rule of {@code TextHeuristics.looksLikeFreeText}. */
    private static boolean looksLikeFreeText(long present, long distinct, double meanLength, long spaced) {
        return present >= 10 && distinct > 0.5 * present && (meanLength >= 20 || spaced > 0.5 * present);
    }

    private static String literal(double v) {
        return "CAST('" + v + "' AS DOUBLE)";
    }

    private static String tokenList() {
        StringBuilder b = new StringBuilder();
        for (String t : MISSING_NUMBER_TOKENS) {
            b.append(b.length() == 0 ? "" : ", ").append('\'').append(t.replace("'", "''")).append('\'');
        }
        return b.toString();
    }

    static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
