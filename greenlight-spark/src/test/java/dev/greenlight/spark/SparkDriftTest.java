package dev.greenlight.spark;

import dev.greenlight.drift.ColumnDrift;
import dev.greenlight.drift.ColumnKind;
import dev.greenlight.drift.DriftEngine;
import dev.greenlight.drift.DriftInput;
import dev.greenlight.drift.DriftOptions;
import dev.greenlight.drift.DriftReport;
import dev.greenlight.io.stream.ColumnarSource;
import dev.greenlight.io.stream.StreamingProfiler;
import dev.greenlight.profile.DatasetProfile;
import dev.greenlight.profile.NumericProfile;
import dev.greenlight.profile.Sketches;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Drift between Spark-made profiles against drift between single-machine profiles of the same files (NannyML's
 * California housing reference and analysis sets): the same columns, tests and, away from the threshold, the same
 * decisions; statistics within what the KLL rank error allows. Categorical statistics come from exact counts on
 * both sides and agree to rounding. A sketch's ECDF is within {@code e} of the data's, so a Kolmogorov-Smirnov
 * statistic from two sketches moves by at most {@code e_ref + e_cur} and two such statistics differ by at most
 * twice that; the Wasserstein distance (the integral of |F_ref - F_cur| over x, divided by the reference sd) moves
 * by at most that times the range of x over the sd.
 */
class SparkDriftTest {
    private static SparkSession spark;
    private static DatasetProfile singleReference;
    private static DatasetProfile singleCurrent;
    private static DatasetProfile sparkReference;
    private static DatasetProfile sparkCurrent;

    @BeforeAll
    static void profiles() {
        spark = LocalSpark.start();
        singleReference = single(LocalSpark.california());
        singleCurrent = single(LocalSpark.californiaAnalysis());
        sparkReference = GreenlightSpark.profile(LocalSpark.csv(spark, LocalSpark.california()), "reference");
        sparkCurrent = GreenlightSpark.profile(LocalSpark.csv(spark, LocalSpark.californiaAnalysis()), "current");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static DatasetProfile single(Path file) {
        try (ColumnarSource source = ColumnarSource.open(file)) {
            return StreamingProfiler.of(source);
        }
    }

    @Test
    void defaultDriftFromSparkProfilesMatchesDriftFromSingleMachineProfiles() {
        compare(DriftOptions.defaults());
    }

    @Test
    void kolmogorovSmirnovFromSparkProfilesMatches() {
        compare(DriftOptions.defaults().withTest("ks"));
    }

    private static void compare(DriftOptions options) {
        DriftReport single = DriftEngine.compare(DriftInput.of(singleReference, "reference"),
                DriftInput.of(singleCurrent, "current"), options);
        DriftReport distributed = DriftEngine.compare(DriftInput.of(sparkReference, "reference"),
                DriftInput.of(sparkCurrent, "current"), options);
        Map<String, ColumnDrift> byName = distributed.columns().stream()
                .collect(Collectors.toMap(ColumnDrift::name, Function.identity()));
        assertThat(byName.keySet()).containsExactlyInAnyOrderElementsOf(
                single.columns().stream().map(ColumnDrift::name).toList());
        assertThat(single.columns()).isNotEmpty();
        for (ColumnDrift s : single.columns()) {
            ColumnDrift d = byName.get(s.name());
            assertThat(d.test()).as(s.name()).isEqualTo(s.test());
            assertThat(d.kind()).as(s.name()).isEqualTo(s.kind());
            double bound = bound(s);
            assertThat(d.statistic()).as(s.name() + " " + s.test()).isCloseTo(s.statistic(), within(bound));
            boolean distance = Double.isNaN(s.pValue());
            if (distance && Math.abs(s.statistic() - s.threshold()) > bound) {
                assertThat(d.drift()).as(s.name()).isEqualTo(s.drift());
            }
        }
    }

    private static double bound(ColumnDrift c) {
        if (c.kind() != ColumnKind.NUMERIC) {
            return 1e-9;
        }
        double e = rankError(singleReference, c.name()) + rankError(singleCurrent, c.name())
                + rankError(sparkReference, c.name()) + rankError(sparkCurrent, c.name());
        if (c.test().equals("wasserstein")) {
            NumericProfile r = (NumericProfile) singleReference.column(c.name());
            NumericProfile cur = (NumericProfile) singleCurrent.column(c.name());
            double range = Math.max(r.max(), cur.max()) - Math.min(r.min(), cur.min());
            return e * range / r.standardDeviation();
        }
        return e;
    }

    private static double rankError(DatasetProfile p, String column) {
        double e = ((NumericProfile) p.column(column)).rankError();
        assertThat(e).isLessThanOrEqualTo(Sketches.KLL_RANK_ERROR);
        return e;
    }
}
