package dev.greenlight.spark;

import dev.greenlight.time.Window;
import dev.greenlight.error.InvalidDataException;
import dev.greenlight.profile.DatasetProfile;
import dev.greenlight.profile.ProfileFile;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.unix_date;

/**
 * Greenlight's profiles and metrics computed on Apache Spark, for data that does not fit one machine. A profile is
 * built per partition by the single-machine profile code and the partitions' profiles are merged in a tree
 * ({@code mapPartitions} then {@code treeReduce} over serialised profiles), so it is the profile
 * {@code greenlight profile} would make of the same rows: counts, missing values, minimum, maximum and category
 * frequencies exactly, quantiles within the KLL rank error ({@link dev.greenlight.profile.Sketches#KLL_RANK_ERROR}).
 * Written with {@link ProfileFile}, it is read by {@code greenlight drift --reference a.profile --current b.profile}.
 *
 * <p>Column types follow the single-machine reader's rules ({@link SparkSchema}). Timestamps are read in the
 * session's time zone; set {@code spark.sql.session.timeZone=UTC} for the single-machine reader's convention.
 */
public final class GreenlightSpark {
    private GreenlightSpark() {
    }

    /** The profile of a dataset, its source named {@code "spark dataset"}. */
    public static DatasetProfile profile(Dataset<Row> data) {
        return profile(data, "spark dataset");
    }

    /**
     * The profile of a dataset.
     *
     * @param source what the profile says it is of (the single-machine profile names the file)
     * @throws InvalidDataException when the dataset has no rows or no columns
     */
    public static DatasetProfile profile(Dataset<Row> data, String source) {
        List<ColumnPlan> plans = SparkSchema.infer(data, source);
        Dataset<Row> planned = SparkSchema.select(data, plans);
        // the rows as Spark holds them (InternalRow), not converted to Row objects: no object per value
        byte[] merged = planned.queryExecution().toRdd().toJavaRDD()
                .mapPartitions(rows -> List.of(PartitionProfiles.ofPartition(rows, plans, source)).iterator())
                .treeReduce(PartitionProfiles::merge);
        return ProfileFile.fromBytes(merged, "the merged profile of " + source);
    }

    /**
     * One profile per calendar window of a timestamp (or date) column, in UTC; the timestamp column is profiled
     * too, as in the whole-data profile.
     *
     * @throws InvalidDataException when the column is missing or not a date, timestamp or timestamp text
     */
    public static WindowedProfiles windowProfiles(Dataset<Row> data, String timestampColumn, Window window,
                                                 String source) {
        if (!Arrays.asList(data.columns()).contains(timestampColumn)) {
            throw new InvalidDataException(source + ": no timestamp column '" + timestampColumn + "'; columns: "
                    + Arrays.toString(data.columns()));
        }
        DataType t = data.schema().apply(timestampColumn).dataType();
        if (!(t instanceof TimestampType || t instanceof TimestampNTZType || t instanceof DateType
                || t instanceof StringType)) {
            throw new InvalidDataException(source + ": column '" + timestampColumn + "' is " + t.simpleString()
                    + ", expected a date or timestamp");
        }
        Column ts = col(SparkSchema.quote(timestampColumn)).cast("timestamp");
        if (window.count() != 1 || !(window.unit() == Window.Unit.DAY || window.unit() == Window.Unit.WEEK
                || window.unit() == Window.Unit.MONTH)) {
            throw new dev.greenlight.error.InvalidConfigException("Spark window profiles are made per day, week or "
                    + "month; got '" + window + "'");
        }
        String unit = window.unit().name();
        Column windowStart = unix_date(to_date(date_trunc(unit, ts))).cast("long").as("__greenlight_window");
        List<ColumnPlan> plans = SparkSchema.infer(data, source);
        List<Column> columns = new ArrayList<>();
        columns.add(windowStart);
        for (ColumnPlan p : plans) {
            columns.add(SparkSchema.expression(data.schema().apply(p.name()).dataType(), p).as(p.name()));
        }
        java.util.Map<Long, byte[]> merged = data.select(columns.toArray(new Column[0])).queryExecution().toRdd()
                .toJavaRDD()
                .mapPartitions(rows -> List.of(WindowedProfiles.ofPartition(rows, plans, source)).iterator())
                .treeReduce(WindowedProfiles::merge);
        return WindowedProfiles.of(window, merged);
    }

    /**
     * A model's metrics from mergeable aggregates: exact confusion matrices and confusion counts per threshold,
     * regression sums, and KLL sketches for ROC AUC (within a stated bound), average precision and the median
     * absolute error; ROC AUC and average precision exactly, through a distributed sort, when the request asks.
     *
     * @throws InvalidDataException naming the column when a column is missing or its values do not fit the task
     */
    public static SparkMetrics metrics(Dataset<Row> data, MetricsRequest request) {
        return metrics(data, request, "spark dataset");
    }

    /** As {@link #metrics(Dataset, MetricsRequest)}, {@code where} naming the data in error messages. */
    public static SparkMetrics metrics(Dataset<Row> data, MetricsRequest request, String where) {
        return OutcomeMetrics.of(data, request, where);
    }
}
