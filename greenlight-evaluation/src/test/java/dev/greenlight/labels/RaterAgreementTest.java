package dev.greenlight.labels;

import com.fasterxml.jackson.databind.JsonNode;
import dev.greenlight.error.InvalidDataException;
import dev.greenlight.metrics.KappaWeighting;
import dev.greenlight.metrics.MeasurementLevel;
import dev.greenlight.oracle.Oracle;
import dev.greenlight.oracle.OracleCase;
import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RaterAgreementTest {

    /** Two rater columns read from a table give the oracle's scikit-learn and statsmodels figures. */
    @Test
    void twoRatersMatchTheOracle() {
        OracleCase c = Oracle.caseNamed("agreement", "cohen_kappa_ordinal_k5_n90");
        Table t = Table.of(NumericColumn.of("ann", Oracle.doubles(c.inputs().get("rater1"))),
                NumericColumn.of("bob", Oracle.doubles(c.inputs().get("rater2"))));
        Ratings ratings = Ratings.of(t, List.of("ann", "bob"), "test");
        AgreementReport r = RaterAgreement.of(ratings, new AgreementOptions(KappaWeighting.QUADRATIC,
                MeasurementLevel.NOMINAL, 0.95));
        AgreementReport.Pair p = r.pairs().get(0);
        c.assertClose("cohen_kappa_quadratic", p.kappa().value());
        JsonNode sm = c.expected("statsmodels_cohens_kappa_unweighted");
        assertThat(p.inference().standardError()).isCloseTo(sm.get("std_kappa").asDouble(), within(1e-12));
        assertThat(p.inference().pValue()).isCloseTo(sm.get("pvalue_two_sided").asDouble(), within(1e-30));
        assertThat(p.n()).isEqualTo(90);
        // with two raters the consensus of the other is the other, so agreement is the observed share
        assertThat(r.perRater().get(0).agreement()).isEqualTo(p.observed());
    }

    /** Three raters as three columns give statsmodels' Fleiss and Randolph kappa. */
    @Test
    void manyRatersMatchFleissAndRandolph() {
        OracleCase c = Oracle.caseNamed("agreement", "fleiss_kappa_20subjects_3raters_k3");
        JsonNode rows = c.inputs().get("ratings");
        List<List<String>> columns = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (JsonNode row : rows) {
            for (int j = 0; j < 3; j++) {
                columns.get(j).add("c" + row.get(j).asInt());
            }
        }
        Table t = Table.of(CategoricalColumn.of("r1", dev.greenlight.table.ColumnType.CATEGORICAL, columns.get(0)),
                CategoricalColumn.of("r2", dev.greenlight.table.ColumnType.CATEGORICAL, columns.get(1)),
                CategoricalColumn.of("r3", dev.greenlight.table.ColumnType.CATEGORICAL, columns.get(2)));
        AgreementReport r = RaterAgreement.of(Ratings.of(t, List.of("r1", "r2", "r3"), "test"),
                AgreementOptions.DEFAULTS);
        c.assertClose("fleiss_kappa", r.fleiss().value());
        c.assertClose("randolph_kappa", r.randolph().value());
        assertThat(r.pairs()).hasSize(3);
        assertThat(r.completeUnits()).isEqualTo(20);
    }

    /**
     * Hand-computed consensus: rater c disagrees with a and b (who agree) on unit 2; on unit 3 a and b differ, so
     * c has no consensus there. c: 2 of 3 units agree; a: the others are b and c, who tie on unit 2 and 3.
     */
    @Test
    void eachRaterAgainstTheMajorityOfTheOthers() {
        Table t = Table.of(CategoricalColumn.of("a", "x", "y", "x", "y"),
                CategoricalColumn.of("b", "x", "y", "y", "y"),
                CategoricalColumn.of("c", "x", "x", "x", null));
        AgreementReport r = RaterAgreement.of(Ratings.of(t, List.of("a", "b", "c"), "test"),
                AgreementOptions.DEFAULTS);
        AgreementReport.RaterConsensus c = r.perRater().get(2);
        assertThat(c.n()).isEqualTo(2);
        assertThat(c.agreement()).isEqualTo(0.5);
        AgreementReport.RaterConsensus a = r.perRater().get(0);
        // a against (b, c): unit 0 x/x -> x agree; unit 1 y/x tie; unit 2 y/x tie; unit 3 only b: y agree
        assertThat(a.n()).isEqualTo(2);
        assertThat(a.agreement()).isEqualTo(1.0);
        // Fleiss needs every rater: unit 3 lacks c
        assertThat(r.completeUnits()).isEqualTo(3);
        assertThat(r.alpha().n()).isEqualTo(4);
    }

    @Test
    void clearErrorsForBadRaterColumns() {
        Table t = Table.of(CategoricalColumn.of("a", "x", "y"), CategoricalColumn.of("b", "x", "y"));
        assertThatThrownBy(() -> Ratings.of(t, List.of("a", "z"), "labels.csv"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("labels.csv has no column 'z'");
        assertThatThrownBy(() -> Ratings.of(t, List.of("a"), "labels.csv"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("at least two rater columns");
        Ratings r = Ratings.of(t, List.of("a", "b"), "labels.csv");
        assertThatThrownBy(() -> RaterAgreement.of(r, new AgreementOptions(KappaWeighting.NONE,
                MeasurementLevel.INTERVAL, 0.95))).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("needs numeric ratings").hasMessageContaining("'x'");
    }
}
