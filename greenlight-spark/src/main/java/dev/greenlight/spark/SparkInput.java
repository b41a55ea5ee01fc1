package dev.greenlight.spark;

import dev.greenlight.io.output.Outputs;
import dev.greenlight.error.InvalidConfigException;
import dev.greenlight.io.DataFormat;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a data set (a file, or a folder of part files as Spark writes them, on any file system Spark reaches:
 * local, HDFS, S3, ABFS, GCS) into a Spark dataset, CSV with a header row and Spark's type inference.
 */
final class SparkInput {
    private SparkInput() {
    }

    /**
     * @param format {@code csv}, {@code parquet} or {@code json}; null to tell by the path's extension as
     *               {@link DataFormat#of} does
     */
    static Dataset<Row> read(SparkSession spark, String path, String format) {
        String f = format != null ? format.toLowerCase(Locale.ROOT) : byExtension(path);
        String lower = path.toLowerCase(Locale.ROOT).replaceAll("\\.gz$", "");
        return switch (f) {
            case "csv" -> spark.read().option("header", "true").option("inferSchema", "true")
                    .option("sep", lower.endsWith(".tsv") ? "\t" : ",").option("mode", "FAILFAST").csv(path);
            case "parquet" -> spark.read().parquet(path);
            case "json" -> spark.read().option("mode", "FAILFAST").json(path);
            default -> throw new InvalidConfigException("unknown input format '" + format
                    + "'; expected csv, parquet or json");
        };
    }

    /**
     * The output rules for a run reading {@code path}: a local path (no scheme, or {@code file:}) is an input no
     * output may replace; a path on another file system cannot be a local output.
     */
    static Outputs outputs(String path, boolean force) {
        if (path.startsWith("file:")) {
            try {
                return Outputs.of(force, Path.of(java.net.URI.create(path)));
            } catch (IllegalArgumentException notAFileUri) {
                return Outputs.of(force, Path.of(path.substring("file:".length())));
            }
        }
        return path.contains("://") ? Outputs.of(force) : Outputs.of(force, Path.of(path));
    }

    /** The name a profile of the path is given: its last segment, as the single-machine profile names a file. */
    static String sourceName(String path) {
        String p = path.replaceAll("/+$", "");
        int slash = p.lastIndexOf('/');
        return slash < 0 ? p : p.substring(slash + 1);
    }

    private static String byExtension(String path) {
        String name = sourceName(path);
        if (!name.contains(".")) {
            throw new InvalidConfigException(path + ": cannot tell the format from the name; give --format csv, "
                    + "parquet or json");
        }
        return switch (DataFormat.of(Path.of(name))) {
            case CSV -> "csv";
            case PARQUET -> "parquet";
            case JSON_LINES -> "json";
        };
    }
}
