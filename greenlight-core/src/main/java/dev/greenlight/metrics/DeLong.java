package dev.greenlight.metrics;

import dev.greenlight.error.InvalidDataException;

/**
 * DeLong's nonparametric variance of a binary ROC AUC and the test comparing two correlated AUCs measured on the same
 * rows (DeLong, DeLong &amp; Clarke-Pearson 1988, Biometrics 44:837). The placement values come from one sort and
 * one pass over it, the midrank formulation of Sun &amp; Xu (2014, IEEE Signal Processing Letters 21:1389), instead
 * of the {@code O(m k)} pairwise comparisons of the original paper.
 *
 * <p>With m positive and k negative rows and placement values {@code V10} (positives) and {@code V01} (negatives),
 * {@code Var(AUC) = S10/m + S01/k} where S10, S01 are their sample variances; for two models A and B,
 * {@code Var(A - B) = (S10_AA + S10_BB - 2 S10_AB)/m + (S01_AA + S01_BB - 2 S01_AB)/k} and
 * {@code z = (A - B) / sqrt(Var)}. Unweighted only; undefined with fewer than two rows of either class.
 */
public final class DeLong {
    public static final String METHOD = "DeLong";

    private DeLong() {
    }

    /** The AUC and its DeLong variance; undefined (NaN, with a reason) as the class comment says. */
    public static AucVariance variance(ClassificationOutcomes o) {
        String problem = problem(o);
        if (problem != null) {
            return AucVariance.undefined(problem);
        }
        Placements p = Placements.of(o.scoresOf(o.positive()), o.yTrue(), o.positive());
        problem = classProblem(p);
        if (problem != null) {
            return AucVariance.undefined(problem);
        }
        double s10 = Placements.covariance(p, p, o.yTrue(), o.positive(), true);
        double s01 = Placements.covariance(p, p, o.yTrue(), o.positive(), false);
        return new AucVariance(p.auc, s10 / p.positives + s01 / p.negatives, p.positives, p.negatives, null);
    }

    /**
     * The normal interval {@code AUC +- z sqrt(Var)}, clipped to [0, 1] (as pROC's {@code ci.auc(method='delong')}).
     */
    public static ConfidenceInterval interval(ClassificationOutcomes o, double level) {
        ConfidenceInterval.requireLevel(level);
        AucVariance v = variance(o);
        if (!v.isDefined()) {
            return ConfidenceInterval.undefined("roc_auc", level, METHOD, o.size(), v.undefinedReason());
        }
        double half = StandardNormal.critical(level) * v.standardError();
        return ConfidenceInterval.of("roc_auc", v.auc(), Math.max(0.0, v.auc() - half), Math.min(1.0, v.auc() + half),
                level, METHOD, o.size());
    }

    /**
     * DeLong's test of {@code AUC(a) = AUC(b)} for two models scored on the same rows (same y_true, same positive
     * class), with the interval of the difference {@code AUC(a) - AUC(b)}.
     *
     * @throws InvalidDataException when the outcomes are not of the same rows
     */
    public static AucComparison compare(ClassificationOutcomes a, ClassificationOutcomes b, double level) {
        ConfidenceInterval.requireLevel(level);
        requireSameRows(a, b);
        String problem = problem(a) != null ? problem(a) : problem(b);
        if (problem != null) {
            return AucComparison.undefined(a.size(), level, problem);
        }
        int[] y = a.yTrue();
        int positive = a.positive();
        Placements pa = Placements.of(a.scoresOf(positive), y, positive);
        Placements pb = Placements.of(b.scoresOf(positive), y, positive);
        problem = classProblem(pa);
        if (problem != null) {
            return AucComparison.undefined(a.size(), level, problem);
        }
        double s10 = Placements.covariance(pa, pa, y, positive, true) + Placements.covariance(pb, pb, y, positive, true)
                - 2.0 * Placements.covariance(pa, pb, y, positive, true);
        double s01 = Placements.covariance(pa, pa, y, positive, false)
                + Placements.covariance(pb, pb, y, positive, false) - 2.0 * Placements.covariance(pa, pb, y, positive,
                false);
        double variance = s10 / pa.positives + s01 / pa.negatives;
        double difference = pa.auc - pb.auc;
        if (!(variance > 0)) {
            return AucComparison.undefined(a.size(), level, "the two models rank every pair of rows alike, so the "
                    + "difference of their AUCs has no variance");
        }
        double se = Math.sqrt(variance);
        double z = difference / se;
        double half = StandardNormal.critical(level) * se;
        return new AucComparison(pa.auc, pb.auc, difference, se, z, StandardNormal.twoSidedP(z), difference - half,
                difference + half, level, a.size(), null);
    }

    private static String problem(ClassificationOutcomes o) {
        if (!o.isBinary()) {
            return "DeLong's variance is for a binary task; this one has " + o.classCount() + " classes";
        }
        if (o.weights() != null) {
            return "DeLong's variance counts rows; with sample weights use the bootstrap";
        }
        String scores = RocAuc.scoreProblem(o);
        return scores == null ? null : "ROC AUC is undefined: " + scores;
    }

    private static String classProblem(Placements p) {
        if (p.positives < 2 || p.negatives < 2) {
            return "DeLong's variance needs at least two positive and two negative rows; there are " + p.positives
                    + " positive and " + p.negatives + " negative";
        }
        return null;
    }

    static void requireSameRows(ClassificationOutcomes a, ClassificationOutcomes b) {
        if (!java.util.Arrays.equals(a.yTrue(), b.yTrue()) || a.positive() != b.positive()
                || !a.labels().equals(b.labels())) {
            throw new InvalidDataException("a paired comparison needs both models scored on the same rows: same "
                    + "labels, y_true and positive class");
        }
    }
}
