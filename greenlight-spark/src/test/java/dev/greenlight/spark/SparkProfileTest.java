package dev.greenlight.spark;

import dev.greenlight.io.stream.ColumnarSource;
import dev.greenlight.io.stream.StreamingProfiler;
import dev.greenlight.profile.CategoricalProfile;
import dev.greenlight.profile.ColumnProfile;
import dev.greenlight.profile.DatasetProfile;
import dev.greenlight.profile.NumericProfile;
import dev.greenlight.profile.ProfileFile;
import dev.greenlight.profile.Sketches;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The Spark profile of a file against the single-machine profile of the same file ({@code StreamingProfiler.of}): the same
 * columns and types; counts, missing values, minimum, maximum and category frequencies equal; mean equal to
 * rounding; every quantile within the KLL rank error of its rank among the file's actual values.
 */
class SparkProfileTest {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {"california", "mixed.csv"})
    void sparkProfileEqualsTheSingleMachineProfile(String which) {
        Path file = which.equals("california") ? LocalSpark.california() : LocalSpark.resource(which);
        DatasetProfile single;
        Table table;
        try (ColumnarSource source = ColumnarSource.open(file)) {
            single = StreamingProfiler.of(source);
            table = source.readTable();
        }
        DatasetProfile distributed = GreenlightSpark.profile(LocalSpark.csv(spark, file),
                file.getFileName().toString());

        assertThat(distributed.source()).isEqualTo(single.source());
        assertThat(distributed.rows()).isEqualTo(single.rows());
        assertThat(distributed.columnNames()).isEqualTo(single.columnNames());
        for (ColumnProfile s : single.columns()) {
            ColumnProfile d = distributed.column(s.name());
            assertThat(d.type()).as(s.name()).isEqualTo(s.type());
            assertThat(d.count()).as(s.name()).isEqualTo(s.count());
            assertThat(d.missing()).as(s.name()).isEqualTo(s.missing());
            assertThat(d.distinctEstimate()).as(s.name())
                    .isCloseTo(s.distinctEstimate(), within(3 * Sketches.HLL_RSE * s.distinctEstimate() + 1));
            if (s instanceof NumericProfile sn) {
                NumericProfile dn = (NumericProfile) d;
                assertThat(dn.min()).as(s.name()).isEqualTo(sn.min());
                assertThat(dn.max()).as(s.name()).isEqualTo(sn.max());
                assertThat(dn.mean()).as(s.name()).isCloseTo(sn.mean(), within(1e-9 * Math.abs(sn.mean()) + 1e-12));
                assertThat(dn.sampleStandardDeviation()).as(s.name())
                        .isCloseTo(sn.sampleStandardDeviation(), within(1e-9 * sn.sampleStandardDeviation() + 1e-12));
                assertWithinRankError(dn, values(table, s.name()));
            } else {
                CategoricalProfile sc = (CategoricalProfile) s;
                CategoricalProfile dc = (CategoricalProfile) d;
                assertThat(dc.exactFrequencies()).as(s.name()).isEqualTo(sc.exactFrequencies());
                assertThat(dc.frequencies()).as(s.name()).isEqualTo(sc.frequencies());
            }
        }
        // what greenlight drift reads back from the file is what was computed
        DatasetProfile read = ProfileFile.fromBytes(ProfileFile.toBytes(distributed), "test");
        assertThat(read.rows()).isEqualTo(distributed.rows());
        for (ColumnProfile c : distributed.columns()) {
            assertThat(read.column(c.name()).count()).isEqualTo(c.count());
            assertThat(read.column(c.name()).missing()).isEqualTo(c.missing());
        }
    }

    /** Each quantile's rank among the actual values is within the sketch's rank error of the rank asked for. */
    private static void assertWithinRankError(NumericProfile p, double[] values) {
        double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        double error = Math.max(p.rankError(), 0) + 1e-12;
        assertThat(p.rankError()).isLessThanOrEqualTo(Sketches.KLL_RANK_ERROR);
        for (double r : new double[] {0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99}) {
            double q = p.quantile(r);
            double below = (double) lowerBound(sorted, q) / sorted.length;
            double atOrBelow = (double) upperBound(sorted, q) / sorted.length;
            assertThat(atOrBelow).as(p.name() + " quantile " + r).isGreaterThanOrEqualTo(r - error);
            assertThat(below).as(p.name() + " quantile " + r).isLessThanOrEqualTo(r + error);
        }
    }

    private static double[] values(Table table, String column) {
        NumericColumn c = (NumericColumn) table.column(column);
        double[] out = new double[c.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = c.get(i);
        }
        return out;
    }

    private static int lowerBound(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int upperBound(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
