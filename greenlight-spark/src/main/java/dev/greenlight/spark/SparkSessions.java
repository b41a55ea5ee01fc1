package dev.greenlight.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The Spark session of a command: the cluster's (spark-submit's) settings, or a local one. */
final class SparkSessions {
    private SparkSessions() {
    }

    /**
     * @param master {@code --master}, or null for spark-submit's; without either, {@code local[*]}
     */
    static SparkSession open(String master) {
        SparkConf conf = new SparkConf();
        SparkSession.Builder b = SparkSession.builder().appName("greenlight");
        if (master != null) {
            b.master(master);
        } else if (!conf.contains("spark.master")) {
            b.master("local[*]");
        }
        boolean local = (master != null ? master : conf.get("spark.master", "local[*]")).startsWith("local");
        if (local) {
            b.config("spark.ui.enabled", "false");
        }
        if (!conf.contains("spark.sql.session.timeZone")) {
            // the single-machine reader reads timestamps without a zone as UTC
            b.config("spark.sql.session.timeZone", "UTC");
        }
        return b.getOrCreate();
    }
}
