package dev.greenlight.diagnose;

import dev.greenlight.table.Table;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The planted scenarios of the issue, each named correctly as the primary cause. */
class DiagnoserTest {
    private static final DiagnoseOptions OPTIONS = DiagnoseOptions.defaults();

    @Test
    void productionFromARegionWhereTheModelIsWeakerIsCovariateShift() {
        Table reference = Scenarios.reference(1, false);
        Table production = Scenarios.production(1, new Scenarios.Process(0.25, 1, false, 1), null);
        Diagnosis d = Diagnoser.run(Scenarios.input(reference, production, null), OPTIONS);

        assertThat(d.performance().beyondBand()).isTrue();
        assertThat(d.primaryCause()).isEqualTo("covariate_shift");
        assertThat(d.cause(Cause.COVARIATE_SHIFT).verdict()).isEqualTo(Verdict.LIKELY);
        assertThat(d.cause(Cause.COVARIATE_SHIFT).share()).isGreaterThan(0.5);
        assertThat(d.cause(Cause.FEATURE_SKEW).verdict()).isEqualTo(Verdict.NOT_TESTED);
        // the shift is in x1 alone: it carries the covariate drop
        assertThat(d.contributions()).isNotEmpty();
        assertThat(d.contributions().get(0).feature()).isEqualTo("x1");
        assertThat(d.contributions().get(0).drop()).isPositive();
    }

    @Test
    void aChangedRelationBetweenFeaturesAndLabelIsConceptShift() {
        Table reference = Scenarios.reference(2, false);
        Table production = Scenarios.production(2, new Scenarios.Process(1, 0.3, false, 1), null);
        Diagnosis d = Diagnoser.run(Scenarios.input(reference, production, null), OPTIONS);

        assertThat(d.performance().beyondBand()).isTrue();
        assertThat(d.primaryCause()).isEqualTo("concept_shift");
        assertThat(d.cause(Cause.CONCEPT_SHIFT).verdict()).isEqualTo(Verdict.LIKELY);
        assertThat(d.cause(Cause.COVARIATE_SHIFT).verdict()).isEqualTo(Verdict.RULED_OUT);
        assertThat(d.cause(Cause.COVARIATE_SHIFT).smallestDetectable()).isPositive();
    }

    @Test
    void aUnitChangeInOneServingFeatureIsFeatureSkew() {
        Table reference = Scenarios.reference(3, false);
        List<Table> serving = new ArrayList<>();
        Table production = Scenarios.production(3, new Scenarios.Process(1, 1, false, 1000), serving);
        Diagnosis d = Diagnoser.run(Scenarios.input(reference, production, serving.get(0)), OPTIONS);

        assertThat(d.performance().beyondBand()).isTrue();
        assertThat(d.primaryCause()).isEqualTo("feature_skew");
        CauseFinding skew = d.cause(Cause.FEATURE_SKEW);
        assertThat(skew.verdict()).isEqualTo(Verdict.LIKELY);
        assertThat(skew.evidence()).anySatisfy(e -> assertThat(e).startsWith("x2:"));
        assertThat(skew.evidence()).noneSatisfy(e -> assertThat(e).startsWith("x1:"));
    }

    @Test
    void aCleanServingFileRulesSkewOut() {
        Table reference = Scenarios.reference(4, false);
        List<Table> serving = new ArrayList<>();
        Table production = Scenarios.production(4, Scenarios.Process.REFERENCE, serving);
        Diagnosis d = Diagnoser.run(Scenarios.input(reference, production, serving.get(0)), OPTIONS);

        assertThat(d.cause(Cause.FEATURE_SKEW).verdict()).isEqualTo(Verdict.RULED_OUT);
        assertThat(d.cause(Cause.FEATURE_SKEW).smallestDetectable()).isEqualTo(0.01);
    }

    @Test
    void oneMonthAgainstATwelveMonthSeasonalTestSetIsAnInconsistentMeasure() {
        Table reference = Scenarios.reference(5, true);
        Table production = Scenarios.seasonalProduction(5);
        Diagnosis d = Diagnoser.run(Scenarios.input(reference, production, null), OPTIONS);

        assertThat(d.performance().beyondBand()).isTrue();
        assertThat(d.primaryCause()).isEqualTo("inconsistent_measure");
        assertThat(d.cause(Cause.INCONSISTENT_MEASURE).evidence()).anySatisfy(e -> assertThat(e).contains("Cochran"));
    }

    @Test
    void withoutLabelsConceptShiftIsNotTestedAndTheDropIsTheEstimatedOne() {
        Table reference = Scenarios.reference(6, false);
        Table production = Scenarios.production(6, new Scenarios.Process(0.25, 1, false, 1), null)
                .select(allRows(Scenarios.PRODUCTION_ROWS));
        Table unlabelled = drop(production, "y");
        Diagnosis d = Diagnoser.run(Scenarios.input(reference, unlabelled, null), OPTIONS);

        assertThat(d.performance().realized()).isNull();
        assertThat(d.performance().estimated()).isNotNull();
        assertThat(d.cause(Cause.CONCEPT_SHIFT).verdict()).isEqualTo(Verdict.NOT_TESTED);
        assertThat(d.primaryCause()).isEqualTo("covariate_shift");
    }

    @Test
    void unchangedDataHasNoPrimaryCauseInAtLeast95PercentOfSeededRuns() {
        int runs = 20;
        int none = 0;
        for (long seed = 100; seed < 100 + runs; seed++) {
            Table reference = Scenarios.reference(seed, false);
            Table production = Scenarios.production(seed, Scenarios.Process.REFERENCE, null);
            Diagnosis d = Diagnoser.run(Scenarios.input(reference, production, null), OPTIONS.withSeed(seed));
            none += d.primaryCause().equals(Diagnosis.NONE) ? 1 : 0;
            if (!d.primaryCause().equals(Diagnosis.NONE)) {
                System.out.println("seed " + seed + ": " + d.primaryCause() + ", drop " + d.performance().drop()
                        + " beyond the band " + d.performance().band());
            }
        }
        System.out.println("unchanged data: primary cause none in " + none + " of " + runs + " seeded runs");
        assertThat(none).isGreaterThanOrEqualTo((int) Math.ceil(0.95 * runs));
    }

    private static int[] allRows(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }

    private static Table drop(Table t, String name) {
        return Table.of(t.columns().stream().filter(c -> !c.name().equals(name)).toList());
    }
}
