package dev.greenlight.checklist.plan;

import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.data.ModelOutcomes;
import dev.greenlight.checklist.data.PreparedDataset;
import dev.greenlight.metrics.Direction;
import dev.greenlight.metrics.MetricCatalog;
import dev.greenlight.metrics.MetricValue;
import dev.greenlight.model.Model;
import dev.greenlight.table.Column;
import dev.greenlight.table.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Permutation feature importance (Breiman 2001; scikit-learn's {@code permutation_importance}): how much the
 * primary metric on the test set worsens when one feature's values are shuffled across the rows, which breaks the
 * feature's link to the target and keeps its distribution. A feature the model does not read scores exactly 0. Each
 * feature is shuffled {@link #REPEATS} times with seeded permutations; the mean and the standard deviation (ddof 0,
 * as scikit-learn's {@code importances_std}) of the drops are reported, a positive drop meaning the metric got
 * worse.
 */
final class PermutationImportance {
    static final int REPEATS = 5;
    static final long SEED = 42;

    /** One feature's importance: the metric's mean drop over the shuffles, and its standard deviation. */
    record Importance(String feature, double mean, double sd) {
    }

    private PermutationImportance() {
    }

    /** Importances of the checklist's features for one model, largest first; empty when the metric is undefined. */
    static List<Importance> of(CheckContext ctx, Model model, String name) {
        PreparedDataset test = ctx.data().test();
        Table table = test.table();
        String metric = ctx.primaryMetric();
        Direction direction = MetricCatalog.direction(ctx.data().task(), metric);
        MetricValue base = score(ctx, model, name, table);
        if (!base.isDefined()) {
            return List.of();
        }
        List<Importance> out = new ArrayList<>();
        int j = 0;
        for (String feature : ctx.data().features().keySet()) {
            Column column = table.column(feature);
            double[] drops = new double[REPEATS];
            int defined = 0;
            for (int r = 0; r < REPEATS; r++) {
                int[] perm = permutation(table.rowCount(), new SplittableRandom(SEED + 1_000_003L * j + r));
                MetricValue v = score(ctx, model, name, table.with(column.select(perm)));
                if (v.isDefined()) {
                    drops[defined++] = direction.improvement(base.value(), v.value());
                }
            }
            out.add(summary(feature, drops, defined));
            j++;
        }
        out.sort(Comparator.comparingDouble(Importance::mean).reversed());
        return out;
    }

    private static MetricValue score(CheckContext ctx, Model model, String name, Table table) {
        return ctx.compute(ctx.primaryMetric(), ModelOutcomes.of(ctx.config(), ctx.data(), ctx.data().test(),
                model.predict(table), name));
    }

    private static Importance summary(String feature, double[] drops, int n) {
        if (n == 0) {
            return new Importance(feature, 0, 0);
        }
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += drops[i];
        }
        mean /= n;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            ss += (drops[i] - mean) * (drops[i] - mean);
        }
        return new Importance(feature, mean, Math.sqrt(ss / n));
    }

    /** A uniformly random permutation of {@code 0..n-1} (Fisher-Yates). */
    static int[] permutation(int n, SplittableRandom random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[k];
            p[k] = t;
        }
        return p;
    }
}
