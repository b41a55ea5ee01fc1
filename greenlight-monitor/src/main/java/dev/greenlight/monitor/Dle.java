package dev.greenlight.monitor;

import dev.greenlight.stats.SampleMoments;
import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.Column;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Direct loss estimation (NannyML's DLE) for regression: a model of each row's absolute error and of its squared
 * error, trained on the reference from the features and the prediction ({@link BoostedStumps}); a chunk's MAE is
 * the mean predicted absolute error, its MSE the mean predicted squared error and its RMSE that mean's square root.
 * Sampling error is NannyML's: the reference's per-row spread over the root of the chunk size (for RMSE through
 * the delta method, {@code sd(e^2) / (2 RMSE)}).
 */
final class Dle {
    static final List<String> METRICS = List.of("mae", "mse", "rmse");

    private final List<String> inputs;
    private final BoostedStumps absolute;
    private final BoostedStumps squared;
    private final List<String> metrics;
    /** Category codes by input, from the reference, so both periods encode a category alike. */
    private final Map<String, Map<String, Integer>> codes;
    private final Map<String, Double> unitError = new LinkedHashMap<>();

    private Dle(List<String> inputs, BoostedStumps absolute, BoostedStumps squared, List<String> metrics,
                Map<String, Map<String, Integer>> codes) {
        this.codes = codes;
        this.inputs = inputs;
        this.absolute = absolute;
        this.squared = squared;
        this.metrics = metrics;
    }

    static List<String> estimable(List<String> wanted) {
        return wanted.stream().filter(METRICS::contains).toList();
    }

    static Dle fit(Table reference, List<String> features, String prediction, double[] truth, double[] predicted,
                   List<String> metrics) {
        List<String> inputs = new java.util.ArrayList<>(features);
        inputs.add(prediction);
        Map<String, Map<String, Integer>> codes = new java.util.HashMap<>();
        for (String name : inputs) {
            if (reference.column(name) instanceof CategoricalColumn c) {
                Map<String, Integer> m = new java.util.HashMap<>();
                for (int k = 0; k < c.dictionary().size(); k++) {
                    m.put(c.dictionary().get(k), k);
                }
                codes.put(name, m);
            }
        }
        double[][] x = matrix(reference, inputs, null, codes);
        int n = truth.length;
        double[] abs = new double[n];
        double[] sq = new double[n];
        for (int i = 0; i < n; i++) {
            double e = truth[i] - predicted[i];
            abs[i] = Math.abs(e);
            sq[i] = e * e;
        }
        Dle d = new Dle(inputs, BoostedStumps.fit(x, abs), BoostedStumps.fit(x, sq), metrics, codes);
        double sdAbs = SampleMoments.standardDeviation(abs);
        double sdSq = SampleMoments.standardDeviation(sq);
        double rmse = Math.sqrt(SampleMoments.mean(sq));
        d.unitError.put("mae", sdAbs);
        d.unitError.put("mse", sdSq);
        d.unitError.put("rmse", rmse > 0 ? sdSq / (2 * rmse) : Double.NaN);
        return d;
    }

    List<String> metrics() {
        return metrics;
    }

    double samplingError(String metric, int n) {
        return unitError.getOrDefault(metric, Double.NaN) / Math.sqrt(n);
    }

    Map<String, Double> estimate(Table table, int[] rows) {
        double[][] x = matrix(table, inputs, rows, codes);
        double[] a = absolute.predict(x, rows.length);
        double[] s = squared.predict(x, rows.length);
        double ma = 0;
        double ms = 0;
        for (int i = 0; i < rows.length; i++) {
            ma += Math.max(0, a[i]);
            ms += Math.max(0, s[i]);
        }
        ma /= rows.length;
        ms /= rows.length;
        Map<String, Double> out = new LinkedHashMap<>();
        for (String m : metrics) {
            out.put(m, switch (m) {
                case "mae" -> ma;
                case "mse" -> ms;
                default -> Math.sqrt(ms);
            });
        }
        return out;
    }

    /** Inputs as numbers: numeric columns as they are, categories by their dictionary code. */
    private static double[][] matrix(Table t, List<String> names, int[] rows,
                                     Map<String, Map<String, Integer>> codes) {
        double[][] x = new double[names.size()][];
        for (int j = 0; j < names.size(); j++) {
            Column c = t.column(names.get(j));
            int n = rows == null ? c.size() : rows.length;
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                int r = rows == null ? i : rows[i];
                if (c instanceof NumericColumn num) {
                    v[i] = num.get(r);
                } else {
                    String text = c.format(r);
                    Integer code = text == null ? null : codes.getOrDefault(names.get(j), Map.of()).get(text);
                    v[i] = code == null ? Double.NaN : code;
                }
            }
            x[j] = v;
        }
        return x;
    }
}
