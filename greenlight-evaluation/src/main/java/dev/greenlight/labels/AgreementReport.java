package dev.greenlight.labels;

import dev.greenlight.metrics.KappaInference;
import dev.greenlight.metrics.MetricValue;

import java.util.List;

/**
 * How far a set of raters agree on the same units.
 *
 * @param raters        the rater columns
 * @param categories    the labels used, in order
 * @param units         rows in the data
 * @param options       how agreement was measured
 * @param pairs         Cohen's kappa for every pair of raters, on the units both labelled
 * @param completeUnits units every rater labelled: Fleiss' and Randolph's kappa need the same raters per unit
 * @param fleiss        Fleiss' kappa on the complete units
 * @param randolph      Randolph's free-marginal kappa on the complete units
 * @param alpha         Krippendorff's alpha on every unit with two ratings or more
 * @param perRater      each rater against the consensus of the others
 */
public record AgreementReport(List<String> raters, List<String> categories, int units, AgreementOptions options,
                              List<Pair> pairs, int completeUnits, MetricValue fleiss, MetricValue randolph,
                              MetricValue alpha, List<RaterConsensus> perRater) {

    /**
     * Two raters' agreement.
     *
     * @param observed  share of the common units with the same label; NaN when there are none
     * @param kappa     Cohen's kappa with the report's weighting
     * @param inference the unweighted kappa with its standard errors, interval and z test (statsmodels
     *                  {@code cohens_kappa})
     */
    public record Pair(String rater1, String rater2, int n, double observed, MetricValue kappa,
                       KappaInference inference) {
    }

    /**
     * One rater against the others: the consensus of a unit is the label most of the other raters gave it; units
     * where the others tie, or where no other rater labelled, have no consensus and are not counted.
     *
     * @param n         units with both this rater's label and a consensus
     * @param agreement share of them where this rater's label is the consensus; NaN when {@code n = 0}
     * @param kappa     Cohen's kappa (report's weighting) of this rater against the consensus
     */
    public record RaterConsensus(String rater, int n, double agreement, MetricValue kappa) {
    }
}
