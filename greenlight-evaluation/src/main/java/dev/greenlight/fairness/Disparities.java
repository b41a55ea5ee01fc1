package dev.greenlight.fairness;

import java.util.List;
import java.util.function.Function;

/**
 * Between-group disparities of a binary classifier, with Fairlearn's definitions ({@code method="between_groups"}):
 *
 * <ul>
 *   <li>demographic parity difference = max − min selection rate over the groups; ratio = min / max;</li>
 *   <li>equal opportunity difference = max − min true positive rate; ratio = min / max;</li>
 *   <li>equalized odds difference = the larger of the true-positive-rate and false-positive-rate differences;
 *       ratio = the smaller of the two ratios;</li>
 *   <li>disparate impact ratio = the demographic parity ratio, judged against the four-fifths rule (US EEOC
 *       Uniform Guidelines, 29 CFR 1607.4(D)): a ratio under 0.8 is evidence of adverse impact.</li>
 * </ul>
 *
 * Groups whose rate is undefined (no truly positive rows for a true positive rate, say) are left out of that
 * disparity; a disparity over fewer than two groups is NaN.
 *
 * @param demographicParityDifference max - min selection rate
 * @param demographicParityRatio      min / max selection rate (also the disparate impact ratio)
 * @param equalOpportunityDifference  max - min true positive rate
 * @param equalOpportunityRatio       min / max true positive rate
 * @param equalizedOddsDifference     max of the TPR and FPR differences
 * @param equalizedOddsRatio          min of the TPR and FPR ratios
 */
public record Disparities(double demographicParityDifference, double demographicParityRatio,
                          double equalOpportunityDifference, double equalOpportunityRatio,
                          double equalizedOddsDifference, double equalizedOddsRatio) {

    /** The four-fifths rule's threshold on the disparate impact ratio. */
    public static final double FOUR_FIFTHS = 0.8;

    public static Disparities of(List<GroupRates> groups) {
        double[] sel = spread(groups, GroupRates::selectionRate);
        double[] tpr = spread(groups, GroupRates::truePositiveRate);
        double[] fpr = spread(groups, GroupRates::falsePositiveRate);
        return new Disparities(sel[1] - sel[0], ratio(sel), tpr[1] - tpr[0], ratio(tpr),
                Math.max(tpr[1] - tpr[0], fpr[1] - fpr[0]), Math.min(ratio(tpr), ratio(fpr)));
    }

    public double disparateImpactRatio() {
        return demographicParityRatio;
    }

    public boolean passesFourFifths() {
        return demographicParityRatio >= FOUR_FIFTHS;
    }

    /** {min, max} of a rate over the groups where it is defined; NaNs when fewer than two groups have it. */
    private static double[] spread(List<GroupRates> groups, Function<GroupRates, Rate> rate) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int defined = 0;
        for (GroupRates g : groups) {
            Rate r = rate.apply(g);
            if (r.isDefined()) {
                defined++;
                min = Math.min(min, r.value());
                max = Math.max(max, r.value());
            }
        }
        return defined < 2 ? new double[]{Double.NaN, Double.NaN} : new double[]{min, max};
    }

    /** min / max; NaN when every group's rate is 0 (as Fairlearn's pandas division gives 0 / 0). */
    private static double ratio(double[] minMax) {
        if (Double.isNaN(minMax[0]) || minMax[1] == 0) {
            return Double.NaN;
        }
        return minMax[0] / minMax[1];
    }
}
