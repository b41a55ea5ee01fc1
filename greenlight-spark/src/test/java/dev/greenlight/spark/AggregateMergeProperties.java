package dev.greenlight.spark;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The metric aggregates merge like the data they summarise: however the rows are split into partitions, the merged
 * summary has the counts and sums of the summary of all rows at once; and the threshold grid counts a score in the
 * step that "score >= threshold" puts it in. No Spark session is needed: the aggregates read plain rows.
 */
class AggregateMergeProperties {

    @Provide
    Arbitrary<List<Row>> binaryRows() {
        Arbitrary<Double> score = Arbitraries.oneOf(Arbitraries.doubles().between(-0.2, 1.2),
                Arbitraries.of(0.0, 0.25, 0.29, 0.5, 0.57, 1.0), Arbitraries.just(Double.NaN));
        return Combinators.combine(Arbitraries.of(true, false), score).as(RowFactory::create).list().ofMaxSize(200);
    }

    @Property(tries = 200)
    void binaryAggregatesOfPartsMergeIntoTheAggregateOfTheWhole(@ForAll("binaryRows") List<Row> rows,
                                                               @ForAll @IntRange(min = 0, max = 200) int cut) {
        int at = Math.min(cut, rows.size());
        BinaryAggregate whole = BinaryAggregate.ofPartition(rows.iterator(), 0.5, 101);
        BinaryAggregate merged = BinaryAggregate.merge(
                BinaryAggregate.ofPartition(rows.subList(0, at).iterator(), 0.5, 101),
                BinaryAggregate.ofPartition(rows.subList(at, rows.size()).iterator(), 0.5, 101));
        assertThat(merged.rows).isEqualTo(whole.rows);
        assertThat(merged.truePositives).isEqualTo(whole.truePositives);
        assertThat(merged.falsePositives).isEqualTo(whole.falsePositives);
        assertThat(merged.trueNegatives).isEqualTo(whole.trueNegatives);
        assertThat(merged.falseNegatives).isEqualTo(whole.falseNegatives);
        assertThat(merged.missingScores).isEqualTo(whole.missingScores);
        assertThat(merged.positivesByStep).isEqualTo(whole.positivesByStep);
        assertThat(merged.negativesByStep).isEqualTo(whole.negativesByStep);
        assertThat(merged.squaredErrors).isCloseTo(whole.squaredErrors, within(1e-9));
        assertThat(merged.sketches()[0].count()).isEqualTo(whole.sketches()[0].count());
        assertThat(merged.sketches()[1].count()).isEqualTo(whole.sketches()[1].count());
    }

    @Property(tries = 300)
    void aScoreIsCountedAtEveryThresholdItReaches(@ForAll("binaryRows") List<Row> rows,
                                                  @ForAll @IntRange(min = 1, max = 100) int steps) {
        BinaryAggregate a = BinaryAggregate.ofPartition(rows.iterator(), 0.5, steps + 1);
        for (int i = 0; i <= steps; i++) {
            double threshold = (double) i / steps;
            boolean first = i == 0;
            long expected = rows.stream().filter(r -> r.getBoolean(0) && !Double.isNaN(r.getDouble(1))
                    && (r.getDouble(1) >= threshold || first)).count();
            long counted = 0;
            for (int j = i; j <= steps; j++) {
                counted += a.positivesByStep[j];
            }
            assertThat(counted).as("positives at threshold " + threshold).isEqualTo(expected);
        }
    }

    @Provide
    Arbitrary<List<Row>> regressionRows() {
        Arbitrary<Double> v = Arbitraries.oneOf(Arbitraries.doubles().between(-1e3, 1e3), Arbitraries.just(0.0),
                Arbitraries.just(Double.NaN));
        return Combinators.combine(v, v).as(RowFactory::create).list().ofMaxSize(200);
    }

    @Property(tries = 200)
    void regressionAggregatesOfPartsMergeIntoTheAggregateOfTheWhole(@ForAll("regressionRows") List<Row> rows,
                                                                   @ForAll @IntRange(min = 0, max = 200) int cut) {
        int at = Math.min(cut, rows.size());
        RegressionAggregate whole = RegressionAggregate.ofPartition(rows.iterator());
        RegressionAggregate merged = RegressionAggregate.merge(
                RegressionAggregate.ofPartition(rows.subList(0, at).iterator()),
                RegressionAggregate.ofPartition(rows.subList(at, rows.size()).iterator()));
        assertThat(merged.rows).isEqualTo(whole.rows);
        assertThat(merged.missing).isEqualTo(whole.missing);
        assertThat(merged.maxError).isEqualTo(whole.maxError);
        for (int i = 0; i < whole.lossSums.length; i++) {
            assertThat(merged.lossSums[i]).isCloseTo(whole.lossSums[i], within(1e-9 * (1 + Math.abs(whole.lossSums[i]))));
        }
        assertThat(merged.y.m2).isCloseTo(whole.y.m2, within(1e-6 * (1 + whole.y.m2)));
        assertThat(merged.residual.m2).isCloseTo(whole.residual.m2, within(1e-6 * (1 + whole.residual.m2)));
        assertThat(merged.errors().count()).isEqualTo(whole.rows);
    }
}
