package dev.greenlight.spark;

import dev.greenlight.time.Window;
import dev.greenlight.profile.ColumnProfile;
import dev.greenlight.profile.DatasetProfile;
import dev.greenlight.profile.NumericProfile;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-window profiles of NannyML's California reference set (hourly timestamps from October 2020): each month's
 * profile holds exactly that month's rows, its timestamps lie inside the month, and the windows merged give the
 * whole set's profile counts.
 */
class WindowedProfilesTest {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void monthlyProfilesPartitionTheRows() {
        Dataset<Row> data = LocalSpark.csv(spark, LocalSpark.california());
        WindowedProfiles windows = GreenlightSpark.windowProfiles(data, "timestamp", Window.parse("month"), "california");
        Map<String, Long> rowsPerMonth = new java.util.TreeMap<>();
        data.groupBy(date_format(col("timestamp"), "yyyy-MM-01").as("m")).count().collectAsList()
                .forEach(r -> rowsPerMonth.put(r.getString(0), r.getLong(1)));

        assertThat(windows.withoutTimestamp()).isZero();
        assertThat(windows.profiles().keySet().stream().map(LocalDate::toString).toList())
                .containsExactlyElementsOf(rowsPerMonth.keySet());
        DatasetProfile merged = null;
        for (Map.Entry<LocalDate, DatasetProfile> w : windows.profiles().entrySet()) {
            DatasetProfile p = w.getValue();
            assertThat(p.rows()).as(w.getKey().toString()).isEqualTo(rowsPerMonth.get(w.getKey().toString()));
            NumericProfile ts = (NumericProfile) p.column("timestamp");
            double start = w.getKey().atStartOfDay().toEpochSecond(ZoneOffset.UTC);
            double end = w.getKey().plusMonths(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
            assertThat(ts.min()).isGreaterThanOrEqualTo(start);
            assertThat(ts.max()).isLessThan(end);
            if (merged == null) {
                merged = p;
            } else {
                merged.merge(p);
            }
        }
        DatasetProfile whole = GreenlightSpark.profile(data, "california");
        assertThat(merged.rows()).isEqualTo(whole.rows());
        for (ColumnProfile c : whole.columns()) {
            assertThat(merged.column(c.name()).count()).isEqualTo(c.count());
            assertThat(merged.column(c.name()).missing()).isEqualTo(c.missing());
        }
    }
}
