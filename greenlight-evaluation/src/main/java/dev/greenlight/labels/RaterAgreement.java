package dev.greenlight.labels;

import dev.greenlight.metrics.CohenKappa;
import dev.greenlight.metrics.ConfusionMatrix;
import dev.greenlight.metrics.FleissKappa;
import dev.greenlight.metrics.KappaInference;
import dev.greenlight.metrics.KrippendorffAlpha;
import dev.greenlight.metrics.MetricValue;
import dev.greenlight.error.InvalidDataException;

import java.util.ArrayList;
import java.util.List;

/**
 * Computes every agreement figure of a set of ratings: Cohen's kappa per pair of raters (scikit-learn's
 * {@code cohen_kappa_score}, with statsmodels' {@code cohens_kappa} inference), Fleiss' and Randolph's kappa over
 * all raters (statsmodels {@code fleiss_kappa}), Krippendorff's alpha (which alone uses units with missing
 * ratings), and each rater against the consensus of the others. Computes only; what counts as enough agreement
 * is the caller's to judge.
 */
public final class RaterAgreement {
    private RaterAgreement() {
    }

    public static AgreementReport of(Ratings ratings, AgreementOptions options) {
        if (options.level().needsNumbers() && ratings.numbers() == null) {
            throw new InvalidDataException("--level " + options.level().key() + " needs numeric ratings, but the "
                    + "labels include " + firstNonNumber(ratings) + "; use --level nominal or ordinal");
        }
        int raters = ratings.raters().size();
        List<AgreementReport.Pair> pairs = new ArrayList<>();
        for (int a = 0; a < raters; a++) {
            for (int b = a + 1; b < raters; b++) {
                pairs.add(pair(ratings, a, b, options));
            }
        }
        List<int[]> complete = new ArrayList<>();
        for (int[] unit : ratings.codes()) {
            if (java.util.Arrays.stream(unit).noneMatch(c -> c == Ratings.MISSING)) {
                complete.add(unit);
            }
        }
        int[][] table = FleissKappa.table(complete.toArray(new int[0][]), ratings.categories().size());
        double[][] values = options.level().needsNumbers() ? ratings.numbers() : ratings.codesAsNumbers();
        MetricValue alpha = KrippendorffAlpha.of(values, options.level());
        List<AgreementReport.RaterConsensus> perRater = new ArrayList<>();
        for (int r = 0; r < raters; r++) {
            perRater.add(consensus(ratings, r, options));
        }
        return new AgreementReport(ratings.raters(), ratings.categories(), ratings.units(), options, pairs,
                complete.size(), FleissKappa.fleiss(table), FleissKappa.randolph(table), alpha, perRater);
    }

    private static AgreementReport.Pair pair(Ratings ratings, int a, int b, AgreementOptions options) {
        List<Integer> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (int[] unit : ratings.codes()) {
            if (unit[a] != Ratings.MISSING && unit[b] != Ratings.MISSING) {
                x.add(unit[a]);
                y.add(unit[b]);
            }
        }
        int[] r1 = x.stream().mapToInt(Integer::intValue).toArray();
        int[] r2 = y.stream().mapToInt(Integer::intValue).toArray();
        String name1 = ratings.raters().get(a);
        String name2 = ratings.raters().get(b);
        if (r1.length == 0) {
            String reason = name1 + " and " + name2 + " labelled no unit in common";
            return new AgreementReport.Pair(name1, name2, 0, Double.NaN,
                    MetricValue.undefined(options.weighting().metricName(), 0, reason),
                    CohenKappa.inference(new double[ratings.categories().size()][ratings.categories().size()],
                            options.confidenceLevel()));
        }
        int same = 0;
        for (int i = 0; i < r1.length; i++) {
            same += r1[i] == r2[i] ? 1 : 0;
        }
        MetricValue kappa = CohenKappa.of(r1, r2, ratings.categories(), null, options.weighting());
        double[][] counts = ConfusionMatrix.of(ratings.categories(), r1, r2, null).counts();
        KappaInference inference = CohenKappa.inference(counts, options.confidenceLevel());
        return new AgreementReport.Pair(name1, name2, r1.length, (double) same / r1.length, kappa, inference);
    }

    private static AgreementReport.RaterConsensus consensus(Ratings ratings, int rater, AgreementOptions options) {
        int k = ratings.categories().size();
        List<Integer> own = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        for (int[] unit : ratings.codes()) {
            if (unit[rater] == Ratings.MISSING) {
                continue;
            }
            int[] votes = new int[k];
            for (int r = 0; r < unit.length; r++) {
                if (r != rater && unit[r] != Ratings.MISSING) {
                    votes[unit[r]]++;
                }
            }
            int majority = majority(votes);
            if (majority >= 0) {
                own.add(unit[rater]);
                others.add(majority);
            }
        }
        String name = ratings.raters().get(rater);
        if (own.isEmpty()) {
            return new AgreementReport.RaterConsensus(name, 0, Double.NaN, MetricValue.undefined(
                    options.weighting().metricName(), 0, "no unit where " + name + " and a clear majority of the "
                            + "other raters both gave a label"));
        }
        int[] x = own.stream().mapToInt(Integer::intValue).toArray();
        int[] y = others.stream().mapToInt(Integer::intValue).toArray();
        int same = 0;
        for (int i = 0; i < x.length; i++) {
            same += x[i] == y[i] ? 1 : 0;
        }
        return new AgreementReport.RaterConsensus(name, x.length, (double) same / x.length,
                CohenKappa.of(x, y, ratings.categories(), null, options.weighting()));
    }

    /** The category with strictly the most votes, or -1 when none or tied. */
    private static int majority(int[] votes) {
        int best = -1;
        int bestVotes = 0;
        boolean tied = false;
        for (int c = 0; c < votes.length; c++) {
            if (votes[c] > bestVotes) {
                best = c;
                bestVotes = votes[c];
                tied = false;
            } else if (votes[c] == bestVotes && bestVotes > 0) {
                tied = true;
            }
        }
        return tied ? -1 : best;
    }

    private static String firstNonNumber(Ratings ratings) {
        return ratings.categories().stream().filter(c -> {
            try {
                Double.parseDouble(c);
                return false;
            } catch (NumberFormatException e) {
                return true;
            }
        }).findFirst().map(c -> "'" + c + "'").orElse("non-numeric columns");
    }
}
