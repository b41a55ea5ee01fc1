package dev.greenlight.labels;

import dev.greenlight.error.InvalidDataException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Chooses which rows to send to labelling. Every strategy is deterministic: the random ones by their seed, the
 * uncertainty ones by the scores, with ties broken by row order.
 */
public final class LabelSelection {
    private LabelSelection() {
    }

    /**
     * {@code budget} rows chosen by the strategy.
     *
     * @throws InvalidDataException when the budget is not between 1 and the number of rows, or the strategy's
     *                              input is missing
     */
    public static Selection select(SelectionInput in, SelectionStrategy strategy, int budget, long seed) {
        if (budget < 1 || budget > in.rows()) {
            throw new InvalidDataException("--budget " + budget + " must be between 1 and the number of candidate "
                    + "rows, " + in.rows());
        }
        return switch (strategy) {
            case RANDOM -> unranked(strategy, seed, shuffled(IntStream.range(0, in.rows()).toArray(), seed, budget));
            case STRATIFIED -> unranked(strategy, seed, stratified(require(in.strata(), strategy, "--stratify"),
                    budget, seed));
            case UNCERTAINTY, MARGIN, ENTROPY -> ranked(in, strategy, budget, seed);
            case DIVERSITY -> KCenterGreedy.select(require(in.features(), strategy, "feature columns"), budget,
                    seed);
        };
    }

    /** Least confidence {@code 1 - max p}, the top-two margin {@code p1 - p2} or the entropy of one row. */
    static double informativeness(SelectionStrategy s, double[] p) {
        double[] sorted = p.clone();
        Arrays.sort(sorted);
        int k = sorted.length;
        return switch (s) {
            case UNCERTAINTY -> 1.0 - sorted[k - 1];
            case MARGIN -> k < 2 ? 1.0 : sorted[k - 1] - sorted[k - 2];
            case ENTROPY -> {
                double h = 0.0;
                for (double q : p) {
                    h -= q > 0 ? q * Math.log(q) : 0.0;
                }
                yield h;
            }
            default -> throw new InvalidDataException(s + " does not rank by scores");
        };
    }

    private static Selection ranked(SelectionInput in, SelectionStrategy s, int budget, long seed) {
        double[][] p = require(in.probabilities(), s, "--score or --proba-prefix");
        double[] score = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            score[i] = informativeness(s, p[i]);
        }
        // margin: smallest first; uncertainty and entropy: largest first; ties by row order
        Comparator<Integer> order = s == SelectionStrategy.MARGIN ? Comparator.comparingDouble(i -> score[i])
                : Comparator.<Integer>comparingDouble(i -> score[i]).reversed();
        int[] rows = IntStream.range(0, p.length).boxed().sorted(order.thenComparing(i -> i)).limit(budget)
                .mapToInt(Integer::intValue).toArray();
        double[] priority = Arrays.stream(rows).mapToDouble(i -> score[i]).toArray();
        return new Selection(s, seed, rows, priority);
    }

    private static int[] stratified(int[] strata, int budget, long seed) {
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < strata.length; i++) {
            groups.computeIfAbsent(strata[i], k -> new ArrayList<>()).add(i);
        }
        List<Integer> keys = new ArrayList<>(groups.keySet());
        keys.sort(Comparator.naturalOrder());
        int n = strata.length;
        int[] take = new int[keys.size()];
        double[] remainder = new double[keys.size()];
        int given = 0;
        for (int g = 0; g < keys.size(); g++) {
            double exact = (double) budget * groups.get(keys.get(g)).size() / n;
            take[g] = (int) Math.floor(exact);
            remainder[g] = exact - take[g];
            given += take[g];
        }
        // largest remainder (Hamilton) for what is left; ties to the larger stratum, then the first
        Integer[] byRemainder = IntStream.range(0, keys.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(byRemainder, Comparator.<Integer>comparingDouble(g -> -remainder[g])
                .thenComparing(g -> -groups.get(keys.get(g)).size()).thenComparing(g -> g));
        for (int i = 0; given < budget; i++) {
            take[byRemainder[i]]++;
            given++;
        }
        Random random = new Random(seed);
        List<Integer> out = new ArrayList<>();
        for (int g = 0; g < keys.size(); g++) {
            int[] members = groups.get(keys.get(g)).stream().mapToInt(Integer::intValue).toArray();
            for (int r : shuffled(members, random.nextLong(), take[g])) {
                out.add(r);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The first {@code count} of a seeded Fisher-Yates shuffle. */
    static int[] shuffled(int[] items, long seed, int count) {
        int[] a = items.clone();
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(a.length - i);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return Arrays.copyOf(a, count);
    }

    private static Selection unranked(SelectionStrategy s, long seed, int[] rows) {
        double[] priority = new double[rows.length];
        Arrays.fill(priority, Double.NaN);
        return new Selection(s, seed, rows, priority);
    }

    private static <T> T require(T part, SelectionStrategy s, String option) {
        if (part == null) {
            throw new InvalidDataException("--strategy " + s.key() + " needs " + option);
        }
        return part;
    }
}
