package dev.greenlight.io.stream;

import dev.greenlight.io.DuckDbSource;
import dev.greenlight.io.TypeRules;

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

/**
 * Gathers, with aggregate SQL queries, the facts the {@link TypeRules} decide a column's type by, so that a file
 * streamed here and a file read whole by {@code TableReader} follow one set of rules. The facts differ only in
 * precision: the distinct count of a text column is DuckDB's {@code approx_count_distinct} here; a text column with
 * more than {@link ColumnarSource#MAX_DICTIONARY} distinct values is read as text (hashes) whatever the rules say.
 */
final class SchemaInference {
    /** How a column is fetched: its type and the SQL expression whose values the batch holds. */
    record Plan(String name, ColumnType type, String expression) {
    }

    /** The plans of all columns, and the number of rows (counted by the same query). */
    record Schema(List<Plan> plans, long rows) {
    }

    private SchemaInference() {
    }

    static Schema infer(Connection conn, String source, Map<String, String> duckTypes) throws SQLException {
        List<String> names = new ArrayList<>(duckTypes.keySet());
        // one pass for the facts every rule needs
        StringBuilder q = new StringBuilder("SELECT count(*)");
        for (int i = 0; i < names.size(); i++) {
            String c = quote(names.get(i));
            String t = duckTypes.get(names.get(i)).toUpperCase(Locale.ROOT);
            if (TypeRules.isNumberType(t)) {
                q.append(", min(CAST(").append(c).append(" AS DOUBLE)), max(CAST(").append(c)
                        .append(" AS DOUBLE)), bool_and(CAST(").append(c).append(" AS DOUBLE) = round(CAST(")
                        .append(c).append(" AS DOUBLE)))");
            } else if (t.equals("VARCHAR")) {
                q.append(", count(*) FILTER (WHERE ").append(c).append(" IS NOT NULL AND trim(").append(c)
                        .append(") NOT IN (").append(tokenList()).append(") AND TRY_CAST(trim(").append(c)
                        .append(") AS DOUBLE) IS NULL), count(").append(c).append("), approx_count_distinct(")
                        .append(c).append("), avg(length(").append(c).append(")), count(*) FILTER (WHERE contains(trim(")
                        .append(c).append("), ' ')), count(*) FILTER (WHERE ").append(c).append(" NOT IN (")
                        .append(booleanList()).append("))");
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
                if (TypeRules.isNumberType(t)) {
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
                    long notBooleans = rs.getLong(k + 5);
                    k += 6;
                    if (notNumbers == 0) {
                        plans.add(new Plan(name, ColumnType.NUMERIC, "CASE WHEN trim(" + c + ") IN (" + tokenList()
                                + ") THEN NULL ELSE TRY_CAST(trim(" + c + ") AS DOUBLE) END"));
                    } else if (present > 0 && notBooleans == 0) {
                        plans.add(new Plan(name, ColumnType.BOOLEAN, c));
                    } else if (distinct > ColumnarSource.MAX_DICTIONARY || TypeRules.looksLikeFreeText(present,
                            distinct, meanLength, spaced)) {
                        plans.add(text(name, c));
                    } else {
                        plans.add(new Plan(name, ColumnType.CATEGORICAL, c));
                    }
                } else if (TypeRules.isDateType(t)) {
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

    private static String literal(double v) {
        return "CAST('" + v + "' AS DOUBLE)";
    }

    private static String tokenList() {
        StringBuilder b = new StringBuilder();
        for (String t : TypeRules.MISSING_NUMBER_TOKENS) {
            b.append(b.length() == 0 ? "" : ", ").append('\'').append(t.replace("'", "''")).append('\'');
        }
        return b.toString();
    }

    private static String booleanList() {
        return String.join(", ", TypeRules.BOOLEAN_TEXTS.stream().sorted().map(DuckDbSource::literal).toList());
    }

    static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
