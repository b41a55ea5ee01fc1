package dev.greenlight.drift.multivariate;

import dev.greenlight.metrics.RocAuc;
import dev.greenlight.table.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The domain classifier (Rabanser, Günnemann and Lipton 2019, "Failing loudly: an empirical study of methods for
 * detecting dataset shift", section 3.2): label reference rows 0 and current rows 1, fit {@link BoostedStumps} in
 * {@link #FOLDS}-fold cross-validation, and measure with the ROC AUC of the out-of-fold scores how well the two are
 * told apart. 0.5 means they cannot be; the features with the largest gain are the ones that changed.
 */
final class DomainClassifier {
    static final int FOLDS = 5;
    /** AUC from which the two datasets count as distinguishable (NannyML's domain classifier uses 0.55 too). */
    static final double THRESHOLD = 0.55;
    private static final int TOP = 5;

    private DomainClassifier() {
    }

    static DomainClassifierResult evaluate(Table reference, Table current, List<String> features, long seed) {
        BinnedFeatures x = BinnedFeatures.of(reference, current, features);
        int[] fold = new int[x.rows];
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int i = 0; i < x.rows; i++) {
            fold[i] = i % FOLDS;
        }
        for (int i = x.rows - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = fold[i];
            fold[i] = fold[j];
            fold[j] = t;
        }
        double[] scores = new double[x.rows];
        double[] gains = new double[features.size()];
        // the folds are fitted at once (each scores only its own rows); the gains are added fold after fold, tree
        // after tree, so the importances are the same to the last bit whatever the order the folds finish in
        BoostedStumps[] models = new BoostedStumps[FOLDS];
        java.util.stream.IntStream.range(0, FOLDS).parallel().forEach(k -> {
            boolean[] train = new boolean[x.rows];
            for (int i = 0; i < x.rows; i++) {
                train[i] = fold[i] != k;
            }
            BoostedStumps model = BoostedStumps.fit(x, train);
            for (int i = 0; i < x.rows; i++) {
                if (!train[i]) {
                    scores[i] = model.score(x, i);
                }
            }
            models[k] = model;
        });
        for (BoostedStumps model : models) {
            model.addGains(gains);
        }
        int n1 = current.rowCount();
        int n0 = reference.rowCount();
        double auc = RocAuc.of(scores, x.label);
        double se = RocAuc.hanleyMcNeilStandardError(auc, n1, n0);
        double low = Math.max(0, auc - 1.96 * se);
        double high = Math.min(1, auc + 1.96 * se);
        return new DomainClassifierResult(auc, low, high, FOLDS, n0, n1, THRESHOLD, auc >= THRESHOLD && low > 0.5,
                top(features, gains));
    }

    private static List<DomainClassifierResult.FeatureImportance> top(List<String> features, double[] gains) {
        double total = Arrays.stream(gains).sum();
        List<DomainClassifierResult.FeatureImportance> out = new ArrayList<>();
        for (int f = 0; f < gains.length; f++) {
            if (gains[f] > 0) {
                out.add(new DomainClassifierResult.FeatureImportance(features.get(f), gains[f] / total));
            }
        }
        out.sort(Comparator.comparingDouble(DomainClassifierResult.FeatureImportance::importance).reversed());
        return out.subList(0, Math.min(TOP, out.size()));
    }
}
