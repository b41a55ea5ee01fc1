package dev.greenlight.spark;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.table.ColumnType;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.approx_count_distinct;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.bool_and;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

/**
 * Decides each column's Greenlight type on Spark by the rules of the single-machine reader
 * ({@code dev.greenlight.io.stream.SchemaInference}, itself the rules of {@code TableReader}), in one aggregate
 * job, so that a file profiled here and the same file profiled on one machine get the same column types:
 * <ul>
 *   <li>numbers are numeric, except a column of exactly one or two distinct integer values (a 0/1 indicator),
 *       which is categorical with the integers as categories;</li>
 *   <li>strings whose every present value is a number or a missing-value marker ({@code NA}, {@code null}, ...)
 *       are numeric;</li>
 *   <li>dates and timestamps are datetimes (seconds since 1970-01-01 UTC); booleans are boolean;</li>
 *   <li>other strings are categorical, unless they look like free text (most values distinct and long or
 *       spaced) or have more than {@link #MAX_DICTIONARY} distinct values: then they are text, profiled from
 *       hashes (counts and distinct values only).</li>
 * </ul>
 */
final class SparkSchema {
    /** As {@code ColumnarSource.MAX_DICTIONARY}. */
    static final int MAX_DICTIONARY = 100_000;
    /** pandas' default missing-value markers, as {@code SchemaInference.MISSING_NUMBER_TOKENS}. */
    static final List<String> MISSING_NUMBER_TOKENS = List.of("", "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN",
            "-NaN", "-nan", "1.#IND", "1.#QNAN", "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan", "null");

    private SparkSchema() {
    }

    /**
     * The plan of every column of {@code data}.
     *
     * @param where names the data in error messages
     * @throws InvalidDataException when the data has no rows or no columns
     */
    static List<ColumnPlan> infer(Dataset<Row> data, String where) {
        StructField[] fields = data.schema().fields();
        if (fields.length == 0) {
            throw new InvalidDataException(where + ": the dataset has no columns");
        }
        List<Column> aggregates = new ArrayList<>();
        aggregates.add(count(lit(1)));
        for (StructField f : fields) {
            Column c = col(quote(f.name()));
            DataType t = f.dataType();
            if (t instanceof NumericType) {
                Column d = c.cast("double");
                aggregates.add(min(d));
                aggregates.add(max(d));
                aggregates.add(bool_and(isWhole(d)));
            } else if (t instanceof StringType) {
                Column trimmed = trim(c);
                aggregates.add(count(when(c.isNotNull().and(trimmed.isin(tokens()).unary_$bang())
                        .and(trimmed.try_cast("double").isNull()), lit(1))));
                aggregates.add(count(c));
                aggregates.add(approx_count_distinct(c, 0.01));
                aggregates.add(avg(length(c)));
                aggregates.add(count(when(trimmed.contains(" "), lit(1))));
            }
        }
        Row facts = data.agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(new Column[0]))
                .first();
        long rows = facts.getLong(0);
        if (rows == 0) {
            throw new InvalidDataException(where + ": the dataset is empty (no data rows)");
        }
        List<ColumnPlan> plans = new ArrayList<>();
        List<Integer> indicatorCandidates = new ArrayList<>();
        List<double[]> bounds = new ArrayList<>();
        int k = 1;
        for (StructField f : fields) {
            DataType t = f.dataType();
            if (t instanceof NumericType) {
                boolean allNull = facts.isNullAt(k);
                boolean whole = !facts.isNullAt(k + 2) && facts.getBoolean(k + 2);
                if (!allNull && whole) {
                    indicatorCandidates.add(plans.size());
                    bounds.add(new double[] {facts.getDouble(k), facts.getDouble(k + 1)});
                }
                k += 3;
                plans.add(new ColumnPlan(f.name(), ColumnType.NUMERIC));
            } else if (t instanceof StringType) {
                long notNumbers = facts.getLong(k);
                long present = facts.getLong(k + 1);
                long distinct = facts.getLong(k + 2);
                double meanLength = facts.isNullAt(k + 3) ? 0 : facts.getDouble(k + 3);
                long spaced = facts.getLong(k + 4);
                k += 5;
                ColumnType type;
                if (notNumbers == 0) {
                    type = ColumnType.NUMERIC;
                } else if (distinct > MAX_DICTIONARY || looksLikeFreeText(present, distinct, meanLength, spaced)) {
                    type = ColumnType.TEXT;
                } else {
                    type = ColumnType.CATEGORICAL;
                }
                plans.add(new ColumnPlan(f.name(), type));
            } else if (t instanceof DateType || t instanceof TimestampType || t instanceof TimestampNTZType) {
                plans.add(new ColumnPlan(f.name(), ColumnType.DATETIME));
            } else if (t instanceof BooleanType) {
                plans.add(new ColumnPlan(f.name(), ColumnType.BOOLEAN));
            } else {
                plans.add(new ColumnPlan(f.name(), ColumnType.CATEGORICAL));
            }
        }
        markIndicators(data, plans, indicatorCandidates, bounds);
        return plans;
    }

    /** Integer columns with no value besides their minimum and maximum are categories (0/1 indicators). */
    private static void markIndicators(Dataset<Row> data, List<ColumnPlan> plans, List<Integer> candidates,
                                       List<double[]> bounds) {
        if (candidates.isEmpty()) {
            return;
        }
        List<Column> aggregates = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Column d = col(quote(plans.get(candidates.get(i)).name())).cast("double");
            double[] b = bounds.get(i);
            aggregates.add(count(when(d.notEqual(lit(b[0])).and(d.notEqual(lit(b[1]))), lit(1))));
        }
        Row others = data.agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(new Column[0]))
                .first();
        for (int i = 0; i < candidates.size(); i++) {
            if (others.getLong(i) == 0) {
                int at = candidates.get(i);
                plans.set(at, new ColumnPlan(plans.get(at).name(), ColumnType.CATEGORICAL));
            }
        }
    }

    /**
     * The data in planned form, one column per plan, in order: numbers and datetimes as doubles, categories and
     * booleans as strings, text as 64-bit hashes (null = missing).
     */
    static Dataset<Row> select(Dataset<Row> data, List<ColumnPlan> plans) {
        List<Column> out = new ArrayList<>();
        for (ColumnPlan p : plans) {
            out.add(expression(data.schema().apply(p.name()).dataType(), p).as(p.name()));
        }
        return data.select(out.toArray(new Column[0]));
    }

    /** The planned value of one column. */
    static Column expression(DataType source, ColumnPlan p) {
        Column c = col(quote(p.name()));
        return switch (p.type()) {
            case NUMERIC -> source instanceof StringType
                    ? when(trim(c).isin(tokens()), lit(null).cast("double")).otherwise(trim(c).try_cast("double"))
                    : c.cast("double");
            case DATETIME -> source instanceof DateType
                    ? org.apache.spark.sql.functions.unix_date(c).cast("double").multiply(86_400.0)
                    : org.apache.spark.sql.functions.unix_micros(c.cast("timestamp")).cast("double").divide(1e6);
            case TEXT -> when(c.isNull(), lit(null).cast("long")).otherwise(xxhash64(c));
            default -> source instanceof NumericType ? c.cast("long").cast("string") : c.cast("string");
        };
    }

    /**
     * Whether a double is a whole number, as DuckDB's {@code v = round(v)} decides (NaN and infinities count as
     * whole). Through {@code floor}, not {@code round}, which Spark computes with a BigDecimal per value; doubles of
     * 2^52 and more are all whole, and floor's long result could not hold them.
     */
    static Column isWhole(Column d) {
        return when(d.isNaN().or(abs(d).geq(lit(0x1p52))), lit(true)).otherwise(d.equalTo(floor(d).cast("double")));
    }

    /** The rule of {@code TextHeuristics.looksLikeFreeText}. */
    private static boolean looksLikeFreeText(long present, long distinct, double meanLength, long spaced) {
        return present >= 10 && distinct > 0.5 * present && (meanLength >= 20 || spaced > 0.5 * present);
    }

    private static Object[] tokens() {
        return MISSING_NUMBER_TOKENS.toArray();
    }

    /** A column name as Spark's column resolver reads it, dots and back-ticks included. */
    static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
