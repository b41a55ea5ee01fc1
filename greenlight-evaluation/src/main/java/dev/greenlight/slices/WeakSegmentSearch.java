package dev.greenlight.slices;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.Outcomes;
import dev.greenlight.metrics.RegressionOutcomes;
import dev.greenlight.stats.Alternative;
import dev.greenlight.stats.MultipleTesting;
import dev.greenlight.stats.TTest;
import dev.greenlight.table.Column;
import org.apache.commons.statistics.distribution.HypergeometricDistribution;
import dev.greenlight.text.Figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds slices of the data where the model does significantly worse than on the rest: every bin of every feature,
 * and every pair of bins of two features, with at least {@link Options#minSize()} rows on each side.
 *
 * <p>Each slice is compared with the rest on a per-row loss, so one test fits every slice: classification, the error
 * indicator (one-sided Fisher exact test; reported as accuracy); regression, the absolute
 * error (one-sided Welch t-test; reported as MAE). The p-values of all slices tested are corrected together with
 * Benjamini–Hochberg (every slice tested counts, reported or not), so on data without a weak slice the chance of
 * reporting one stays near the level. A pair is reported only when it is worse than both of its single slices, so
 * it adds information. Results are ranked by the gap
 * in the loss times the slice's size: a large slice a little worse can matter more than a tiny slice much worse.
 * Sample weights are not used here.
 */
public final class WeakSegmentSearch {

    /**
     * @param minSize   smallest slice (and rest) tested; smaller slices are too small to judge
     * @param alpha     level of the corrected p-values
     * @param bins      quantile bins per numeric feature
     * @param pairs     whether to test pairs of features
     * @param maxPairFeatures pairs are searched among this many features, those with the largest single-slice gaps
     * @param maxResults how many slices to return
     */
    public record Options(int minSize, double alpha, int bins, boolean pairs, int maxPairFeatures, int maxResults) {

        /** Slices of at least max(30, 1% of the rows), level 0.05, quintiles, pairs among 12 features, top 10. */
        public static Options defaults(int rows) {
            return new Options(Math.max(30, rows / 100), 0.05, 5, true, 12, 10);
        }
    }

    private WeakSegmentSearch() {
    }

    /**
     * @param outcomes the model's outcomes
     * @param features columns of the table the outcomes come from, by name
     * @param rows     for each outcome row, its row in those columns
     */
    public static List<Segment> search(Outcomes outcomes, Map<String, Column> features, int[] rows, Options options) {
        Loss loss = Loss.of(outcomes);
        List<Candidate> candidates = new ArrayList<>();
        Map<String, String[]> labels = new LinkedHashMap<>();
        Map<String, Double> bestGap = new HashMap<>();
        for (Map.Entry<String, Column> f : features.entrySet()) {
            String[] l = SliceLabels.of(f.getValue(), rows, options.bins());
            labels.put(f.getKey(), l);
            for (Map.Entry<String, int[]> g : SliceLabels.groups(l).entrySet()) {
                Candidate c = loss.compare(List.of(condition(f.getKey(), g.getKey())), g.getValue(), options);
                if (c != null) {
                    candidates.add(c);
                    bestGap.merge(f.getKey(), c.gap(), Math::max);
                }
            }
        }
        if (options.pairs()) {
            candidates.addAll(pairs(loss, labels, bestGap, candidates, options));
        }
        // every slice tested counts in the correction, including pairs that are not reported: correcting only the
        // reported ones would let the selection inflate false discoveries
        double[] raw = candidates.stream().mapToDouble(Candidate::pValue).toArray();
        double[] adjusted = MultipleTesting.benjaminiHochberg(raw);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).reported()) {
                order.add(i);
            }
        }
        // weak first, then by how much worse (signed: a slice doing better ranks last) times size
        order.sort(Comparator.comparing((Integer i) -> adjusted[i] < options.alpha()).reversed()
                .thenComparing(Comparator.comparingDouble((Integer i) -> candidates.get(i).gap()
                        * candidates.get(i).size()).reversed()));
        List<Segment> out = new ArrayList<>();
        for (int i : order) {
            out.add(candidates.get(i).toSegment(loss, adjusted[i], adjusted[i] < options.alpha()));
        }
        return out.subList(0, Math.min(options.maxResults(), out.size()));
    }

    private static List<Candidate> pairs(Loss loss, Map<String, String[]> labels, Map<String, Double> bestGap,
                                         List<Candidate> singles, Options options) {
        List<String> names = new ArrayList<>(labels.keySet());
        names.sort(Comparator.comparingDouble((String f) -> bestGap.getOrDefault(f, Double.NEGATIVE_INFINITY))
                .reversed());
        names = names.subList(0, Math.min(options.maxPairFeatures(), names.size()));
        Map<String, Double> singleLoss = new HashMap<>();
        for (Candidate c : singles) {
            singleLoss.put(c.conditions().get(0), c.loss());
        }
        List<Candidate> out = new ArrayList<>();
        for (int a = 0; a < names.size(); a++) {
            for (int b = a + 1; b < names.size(); b++) {
                String[] la = labels.get(names.get(a));
                String[] lb = labels.get(names.get(b));
                Map<String, List<Integer>> cells = new LinkedHashMap<>();
                for (int i = 0; i < la.length; i++) {
                    cells.computeIfAbsent(la[i] + "\u0000" + lb[i], k -> new ArrayList<>()).add(i);
                }
                for (Map.Entry<String, List<Integer>> cell : cells.entrySet()) {
                    String[] parts = cell.getKey().split("\u0000", -1);
                    String ca = condition(names.get(a), parts[0]);
                    String cb = condition(names.get(b), parts[1]);
                    int[] positions = cell.getValue().stream().mapToInt(Integer::intValue).toArray();
                    Candidate c = loss.compare(List.of(ca, cb), positions, options);
                    if (c != null) {
                        boolean informative = c.loss() > singleLoss.getOrDefault(ca, Double.NEGATIVE_INFINITY)
                                && c.loss() > singleLoss.getOrDefault(cb, Double.NEGATIVE_INFINITY);
                        out.add(informative ? c : c.hidden());
                    }
                }
            }
        }
        return out;
    }

    private static String condition(String feature, String label) {
        return feature + " " + label;
    }

    /** A tested slice before correction; {@code reported} is false for a pair no worse than its single slices. */
    private record Candidate(List<String> conditions, int size, double loss, double restLoss, double pValue,
                             boolean reported) {
        double gap() {
            return loss - restLoss;
        }

        Candidate hidden() {
            return new Candidate(conditions, size, loss, restLoss, pValue, false);
        }

        Segment toSegment(Loss l, double adjusted, boolean weak) {
            double value = l.shown(loss);
            double rest = l.shown(restLoss);
            String description = String.join(" and ", conditions) + ": " + l.metric() + " "
                    + Figures.format(value) + " vs " + Figures.format(rest) + " elsewhere, n = " + size;
            return new Segment(description, conditions, size, l.metric(), value, rest, adjusted, weak);
        }
    }

    /** The per-row loss and the test that compares a slice with the rest. */
    private abstract static class Loss {
        final double[] values;
        final double total;

        Loss(double[] values) {
            this.values = values;
            double t = 0;
            for (double v : values) {
                t += v;
            }
            this.total = t;
        }

        static Loss of(Outcomes o) {
            if (o instanceof ClassificationOutcomes c) {
                int[] pred = c.predictions();
                if (pred == null) {
                    throw new InvalidDataException("weak-segment search needs predicted labels or scores");
                }
                double[] err = new double[c.size()];
                for (int i = 0; i < err.length; i++) {
                    err[i] = pred[i] == c.yTrue()[i] ? 0 : 1;
                }
                return new ErrorRate(err);
            }
            RegressionOutcomes r = (RegressionOutcomes) o;
            double[] abs = new double[r.size()];
            for (int i = 0; i < abs.length; i++) {
                abs[i] = Math.abs(r.yTrue()[i] - r.yPred()[i]);
            }
            return new AbsoluteError(abs);
        }

        Candidate compare(List<String> conditions, int[] positions, Options options) {
            int n = values.length;
            int k = positions.length;
            if (k < options.minSize() || n - k < options.minSize()) {
                return null;
            }
            double inside = 0;
            boolean[] member = new boolean[n];
            for (int p : positions) {
                inside += values[p];
                member[p] = true;
            }
            double loss = inside / k;
            double rest = (total - inside) / (n - k);
            return new Candidate(conditions, k, loss, rest, pValue(positions, member, inside, k), true);
        }

        abstract double pValue(int[] positions, boolean[] member, double inside, int k);

        /** The loss as the metric people read (accuracy = 1 - error rate). */
        abstract double shown(double loss);

        abstract String metric();
    }

    private static final class ErrorRate extends Loss {
        ErrorRate(double[] errors) {
            super(errors);
        }

        /**
         * One-sided Fisher exact test (scipy {@code fisher_exact(alternative="greater")}): the chance that a slice of
         * {@code k} rows drawn from the {@code n} holds at least this many of the errors, from the hypergeometric
         * distribution. Exact, so small slices with few errors do not get the too-small p-values a normal
         * approximation gives in the right tail.
         */
        @Override
        double pValue(int[] positions, boolean[] member, double inside, int k) {
            int errors = (int) Math.round(total);
            int x = (int) Math.round(inside);
            if (x == 0) {
                return 1.0;
            }
            return HypergeometricDistribution.of(values.length, errors, k).survivalProbability(x - 1);
        }

        @Override
        double shown(double loss) {
            return 1 - loss;
        }

        @Override
        String metric() {
            return "accuracy";
        }
    }

    private static final class AbsoluteError extends Loss {
        AbsoluteError(double[] errors) {
            super(errors);
        }

        @Override
        double pValue(int[] positions, boolean[] member, double inside, int k) {
            double[] in = new double[k];
            double[] out = new double[values.length - k];
            int a = 0;
            int b = 0;
            for (int i = 0; i < values.length; i++) {
                if (member[i]) {
                    in[a++] = values[i];
                } else {
                    out[b++] = values[i];
                }
            }
            return TTest.welch(in, out, Alternative.GREATER).pValue();
        }

        @Override
        double shown(double loss) {
            return loss;
        }

        @Override
        String metric() {
            return "mae";
        }
    }
}
