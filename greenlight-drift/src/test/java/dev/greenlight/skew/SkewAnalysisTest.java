package dev.greenlight.skew;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SkewAnalysisTest {

    /**
     * 500 records with a raw age that is sometimes unknown. Training fills an unknown age with -1; the planted
     * serving pipeline: amount in cents instead of euros (x100), an unknown age filled with 0, and the country
     * "UK" sent as "GB". income and segment are untouched.
     */
    record Planted(Table training, Table serving, Table clean) {
        static Planted of(long seed, int n) {
            Random r = new Random(seed);
            double[] id = new double[n];
            double[] amount = new double[n];
            double[] ageTrain = new double[n];
            double[] ageServe = new double[n];
            double[] income = new double[n];
            List<String> country = new ArrayList<>();
            List<String> countryServe = new ArrayList<>();
            List<String> segment = new ArrayList<>();
            String[] countries = {"DE", "FR", "UK", "NL"};
            for (int i = 0; i < n; i++) {
                id[i] = 1000 + i;
                amount[i] = Math.round(r.nextDouble() * 50000) / 100.0;
                boolean unknownAge = r.nextInt(10) == 0;
                double age = 18 + r.nextInt(60);
                ageTrain[i] = unknownAge ? -1 : age;
                ageServe[i] = unknownAge ? 0 : age;
                income[i] = 20000 + r.nextGaussian() * 5000;
                String c = countries[r.nextInt(countries.length)];
                country.add(c);
                countryServe.add(c.equals("UK") ? "GB" : c);
                segment.add(r.nextBoolean() ? "retail" : "business");
            }
            double[] cents = new double[n];
            for (int i = 0; i < n; i++) {
                cents[i] = amount[i] * 100;
            }
            Table training = Table.of(NumericColumn.of("id", id), NumericColumn.of("amount", amount),
                    NumericColumn.of("age", ageTrain), NumericColumn.of("income", income),
                    CategoricalColumn.of("country", ColumnType.CATEGORICAL, country),
                    CategoricalColumn.of("segment", ColumnType.CATEGORICAL, segment));
            Table serving = Table.of(NumericColumn.of("id", id), NumericColumn.of("amount", cents),
                    NumericColumn.of("age", ageServe), NumericColumn.of("income", income),
                    CategoricalColumn.of("country", ColumnType.CATEGORICAL, countryServe),
                    CategoricalColumn.of("segment", ColumnType.CATEGORICAL, segment));
            // the clean copy: the same records in reverse order, columns reordered
            int[] reversed = new int[n];
            for (int i = 0; i < n; i++) {
                reversed[i] = n - 1 - i;
            }
            Table flipped = training.select(reversed);
            Table clean = Table.of(flipped.column("segment"), flipped.column("income"), flipped.column("id"),
                    flipped.column("country"), flipped.column("age"), flipped.column("amount"));
            return new Planted(training, serving, clean);
        }
    }

    @Test
    void namesExactlyThePlantedFeatures() {
        Planted p = Planted.of(7, 500);
        SkewReport report = SkewAnalysis.of(p.training(), "train.csv", p.serving(), "serve.csv", SkewOptions.of("id"));
        List<String> skewed = SkewLimits.EXACT.skewed(report).stream().map(FeatureSkew::feature).toList();
        assertThat(skewed).containsExactlyInAnyOrder("amount", "age", "country");
        assertThat(report.matched()).isEqualTo(500);
        FeatureSkew amount = feature(report, "amount");
        // every amount but the zeros differs; the largest difference is 99 x the largest amount
        assertThat(amount.differingShare()).isGreaterThan(0.99);
        assertThat(amount.distance().test()).isEqualTo("ks");
        assertThat(amount.distance().statistic()).isGreaterThan(0.9);
        FeatureSkew age = feature(report, "age");
        assertThat(age.maxAbsDifference()).isEqualTo(1.0);
        assertThat(age.missingOneSide()).isZero();
        FeatureSkew country = feature(report, "country");
        assertThat(country.mappings()).hasSize(1);
        assertThat(country.mappings().get(0)).isEqualTo(new ValueMapping("UK", "GB", country.differing()));
        assertThat(country.distance().test()).isEqualTo("js");
        // ranked by differing records: amount first
        assertThat(report.features().get(0).feature()).isEqualTo("amount");
        assertThat(feature(report, "income").differing()).isZero();
        assertThat(feature(report, "income").maxAbsDifference()).isZero();
    }

    @Property(tries = 20)
    void aCleanCopyInAnotherOrderHasNoSkew(@ForAll @IntRange(min = 0, max = 10_000) int seed) {
        Planted p = Planted.of(seed, 120);
        SkewReport report = SkewAnalysis.of(p.training(), "train.csv", p.clean(), "copy.csv", SkewOptions.of("id"));
        assertThat(SkewLimits.EXACT.skewed(report)).isEmpty();
        assertThat(report.features()).allSatisfy(f -> {
            assertThat(f.differing()).isZero();
            assertThat(f.distance().statistic()).isCloseTo(0.0, within(1e-12));
        });
        assertThat(report.features()).hasSize(5);
    }

    @Test
    void roundOffWithinTheToleranceIsNotSkewAndMissingOnOneSideIs() {
        Table t = Table.of(NumericColumn.of("id", 1, 2, 3, 4), NumericColumn.of("x", 1.0, 2.0, 1e6, 5.0));
        Table s = Table.of(NumericColumn.of("id", 4, 3, 2, 1, 9),
                NumericColumn.of("x", Double.NaN, 1e6 + 0.5, 2.0 + 1e-9, 1.0, 7.0));
        SkewReport r = SkewAnalysis.of(t, "t", s, "s", SkewOptions.of("id"));
        FeatureSkew x = r.features().get(0);
        assertThat(x.differing()).isEqualTo(1);
        assertThat(x.missingOneSide()).isEqualTo(1);
        assertThat(r.servingOnly()).isEqualTo(1);
        assertThat(r.trainingOnly()).isZero();
        assertThat(x.maxAbsDifference()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void clearErrorsForIdsAndColumns() {
        Table t = Table.of(NumericColumn.of("id", 1, 2, 2), NumericColumn.of("x", 1, 2, 3));
        Table s = Table.of(NumericColumn.of("id", 1, 2, 3), NumericColumn.of("x", 1, 2, 3));
        assertThatThrownBy(() -> SkewAnalysis.of(t, "train.csv", s, "serve.csv", SkewOptions.of("id")))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("train.csv, rows 2 and 3")
                .hasMessageContaining("'2' appears twice");
        assertThatThrownBy(() -> SkewAnalysis.of(s, "train.csv", s, "serve.csv", SkewOptions.of("key")))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("train.csv has no column 'key'");
        assertThatThrownBy(() -> SkewAnalysis.of(s, "train.csv", s, "serve.csv",
                new SkewOptions("id", List.of("y"), 1e-6))).hasMessageContaining("--columns");
    }

    private static FeatureSkew feature(SkewReport r, String name) {
        return r.features().stream().filter(f -> f.feature().equals(name)).findFirst().orElseThrow();
    }
}
