package dev.greenlight.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Path;

/** The local[2] Spark session of a test class, made small: no UI, two shuffle partitions, UTC. */
final class LocalSpark {
    private LocalSpark() {
    }

    static SparkSession start() {
        return SparkSession.builder().appName("greenlight-test").master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.driver.host", "127.0.0.1")
                // small data: compiling whole-stage code for the wide aggregations costs more than it saves
                .config("spark.sql.codegen.wholeStage", "false")
                .config("spark.default.parallelism", "2")
                .getOrCreate();
    }

    /** The repository's root (tests run in the module's folder). */
    static Path repo() {
        return Path.of("").toAbsolutePath().getParent();
    }

    static Path california() {
        return repo().resolve("testdata/data/nannyml/california_housing_reference.csv.gz");
    }

    static Path californiaAnalysis() {
        return repo().resolve("testdata/data/nannyml/california_housing_analysis.csv.gz");
    }

    static Path resource(String name) {
        return Path.of("src/test/resources/spark").resolve(name).toAbsolutePath();
    }

    /** A CSV file read as {@code greenlight spark} reads it, spread over three partitions. */
    static Dataset<Row> csv(SparkSession spark, Path file) {
        return SparkInput.read(spark, file.toString(), null).repartition(3);
    }
}
