package dev.greenlight.spark;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.metrics.AveragePrecision;
import dev.greenlight.metrics.Averaging;
import dev.greenlight.metrics.ConfusionMatrix;
import dev.greenlight.metrics.KappaWeighting;
import dev.greenlight.metrics.Labels;
import dev.greenlight.metrics.MetricValue;
import dev.greenlight.metrics.PerClassScores;
import dev.greenlight.metrics.RegressionErrors;
import dev.greenlight.metrics.RegressionErrors.Residual;
import dev.greenlight.metrics.RocAuc;
import dev.greenlight.metrics.ScoreOrder;
import dev.greenlight.metrics.Task;
import dev.greenlight.profile.NumericProfile;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.NumericType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

/**
 * Computes a model's metrics on Spark from mergeable aggregates and hands the merged aggregates to the
 * single-machine definitions ({@link ConfusionMatrix}, {@link PerClassScores}, {@link RocAuc#area},
 * {@link AveragePrecision#of(ScoreOrder, int[], int, double[], int[])}, {@link RegressionErrors}), so a metric
 * means here what it means in {@code greenlight metrics}. Unweighted: every row counts once.
 */
final class OutcomeMetrics {
    private OutcomeMetrics() {
    }

    static SparkMetrics of(Dataset<Row> data, MetricsRequest request, String where) {
        for (String c : new String[] {request.target(), request.score(), request.prediction()}) {
            if (c != null && !Arrays.asList(data.columns()).contains(c)) {
                throw new InvalidDataException(where + ": no column '" + c + "'; columns: "
                        + Arrays.toString(data.columns()));
            }
        }
        return switch (request.task()) {
            case BINARY -> binary(data, request, where);
            case MULTICLASS -> multiclass(data, request, where);
            case REGRESSION -> regression(data, request, where);
            default -> throw new IllegalStateException("task " + request.task());
        };
    }

    /** A label column as the single-machine reader writes its categories (whole numbers without ".0"). */
    static Column label(Dataset<Row> data, String name) {
        Column c = col(SparkSchema.quote(name));
        DataType t = data.schema().apply(name).dataType();
        if (t instanceof NumericType) {
            Column d = c.cast("double");
            return when(SparkSchema.isWhole(d).and(d.isNaN().unary_$bang()), c.cast("long").cast("string")).otherwise(d.cast("string"));
        }
        return c.cast("string");
    }

    private static SparkMetrics binary(Dataset<Row> data, MetricsRequest r, String where) {
        Column target = label(data, r.target());
        List<String> labels = Labels.sorted(data.select(target.as("t")).where(col("t").isNotNull()).distinct()
                .limit(3).collectAsList().stream().map(row -> row.getString(0)).toList());
        long missingTargets = data.where(col(SparkSchema.quote(r.target())).isNull()).count();
        if (missingTargets > 0) {
            throw new InvalidDataException(where + ": column '" + r.target() + "' has " + missingTargets
                    + " missing labels; every row needs a label");
        }
        if (labels.size() > 2) {
            throw new InvalidDataException(where + ": column '" + r.target() + "' holds more than two labels ("
                    + labels + ", ...); expected a binary target, or use the multiclass task");
        }
        String positive = r.positive() != null ? r.positive() : labels.get(labels.size() - 1);
        List<String> classes = new ArrayList<>(labels);
        if (!classes.contains(positive)) {
            if (classes.size() == 2) {
                throw new InvalidDataException(where + ": the positive label '" + positive + "' is not one of the "
                        + "labels " + labels + " of column '" + r.target() + "'");
            }
            classes.add(positive);
            classes = Labels.sorted(classes);
        }
        Dataset<Row> outcomes = data.select(target.equalTo(lit(positive)).as("positive"),
                col(SparkSchema.quote(r.score())).cast("double").as("score"));
        BinaryAggregate a = outcomes.javaRDD()
                .mapPartitions(rows -> List.of(BinaryAggregate.ofPartition(rows, r.threshold(), r.thresholdBins()
                        + 1)).iterator())
                .treeReduce(BinaryAggregate::merge);
        int n = rowsOf(a.rows);
        int p = classes.indexOf(positive);
        int q = 1 - p;
        double[][] counts = new double[2][2];
        counts[p][p] = a.truePositives;
        counts[p][q] = a.falseNegatives;
        counts[q][p] = a.falsePositives;
        counts[q][q] = a.trueNegatives;
        ConfusionMatrix cm = ConfusionMatrix.ofCounts(classes, counts, n);
        List<MetricEstimate> out = new ArrayList<>();
        if (a.missingScores > 0) {
            String reason = a.missingScores + " rows have no score in column '" + r.score() + "'";
            for (String name : List.of("accuracy", "balanced_accuracy", "precision", "recall", "f1",
                    "matthews_corrcoef", "cohen_kappa", "brier_score", "roc_auc", "average_precision")) {
                out.add(MetricEstimate.exact(MetricValue.undefined(name, n, reason)));
            }
            return new SparkMetrics(Task.BINARY, a.rows, a.missingScores, out, cm, List.of());
        }
        out.addAll(labelMetrics(cm, p));
        out.add(MetricEstimate.exact(a.rows == 0 ? MetricValue.undefined("brier_score", 0, "no rows")
                : MetricValue.of("brier_score", a.squaredErrors / a.rows, n)));
        out.addAll(sketchRanking(a.sketches(), n));
        if (r.exactRanking()) {
            ExactRanking.Result e = ExactRanking.of(outcomes);
            out.add(new MetricEstimate(Double.isNaN(e.rocAuc())
                    ? MetricValue.undefined("roc_auc", n, "ROC AUC is undefined: y_true holds one class only")
                    : MetricValue.of("roc_auc", e.rocAuc(), n), MetricEstimate.SORTED, 0.0));
            out.add(new MetricEstimate(MetricValue.of("average_precision", e.averagePrecision(), n),
                    MetricEstimate.SORTED, 0.0));
        }
        return new SparkMetrics(Task.BINARY, a.rows, 0, out, cm, grid(a, r.thresholdBins()));
    }

    /**
     * ROC AUC and average precision of the sketches' weighted samples. Each sketch's normalised rank error
     * {@code e} bounds how far the ECDF of its sample is from that of its class's scores; ROC AUC is
     * {@code P(S+ > S-) + P(S+ = S-) / 2}, an integral of one class's CDF against the other's, so it moves by at
     * most {@code e+ + e-}. Average precision divides by counts that can be small at the top of the ranking, so
     * no such bound holds for it; it is reported as an estimate without one (NaN).
     */
    private static List<MetricEstimate> sketchRanking(NumericProfile[] sketches, int n) {
        NumericProfile pos = sketches[0];
        NumericProfile neg = sketches[1];
        if (pos.present() == 0 || neg.present() == 0) {
            String reason = "ROC AUC is undefined: y_true holds one class only";
            return List.of(new MetricEstimate(MetricValue.undefined("roc_auc", n, reason), MetricEstimate.SKETCH,
                            Double.NaN),
                    new MetricEstimate(pos.present() == 0 ? MetricValue.of("average_precision", 0.0, n)
                            : MetricValue.of("average_precision", 1.0, n), MetricEstimate.SKETCH, 0.0));
        }
        double[][] ps = pos.weightedSample();
        double[][] ns = neg.weightedSample();
        int k = ps[0].length + ns[0].length;
        double[] scores = new double[k];
        double[] weights = new double[k];
        int[] yTrue = new int[k];
        System.arraycopy(ps[0], 0, scores, 0, ps[0].length);
        System.arraycopy(ps[1], 0, weights, 0, ps[0].length);
        Arrays.fill(yTrue, 0, ps[0].length, 1);
        System.arraycopy(ns[0], 0, scores, ps[0].length, ns[0].length);
        System.arraycopy(ns[1], 0, weights, ps[0].length, ns[0].length);
        ScoreOrder order = ScoreOrder.of(scores);
        double auc = RocAuc.area(order, yTrue, 1, weights, null);
        double ap = AveragePrecision.of(order, yTrue, 1, weights, null);
        double bound = pos.rankError() + neg.rankError();
        return List.of(new MetricEstimate(MetricValue.of("roc_auc", auc, n), MetricEstimate.SKETCH, bound),
                new MetricEstimate(MetricValue.of("average_precision", ap, n), MetricEstimate.SKETCH,
                        bound == 0.0 ? 0.0 : Double.NaN));
    }

    private static List<ThresholdCounts> grid(BinaryAggregate a, int bins) {
        List<ThresholdCounts> out = new ArrayList<>(bins + 1);
        long positives = a.truePositives + a.falseNegatives;
        long negatives = a.falsePositives + a.trueNegatives;
        long tp = 0;
        long fp = 0;
        for (int i = bins; i >= 0; i--) {
            tp += a.positivesByStep[i];
            fp += a.negativesByStep[i];
            out.add(0, new ThresholdCounts((double) i / bins, tp, fp, negatives - fp, positives - tp));
        }
        return out;
    }

    private static SparkMetrics multiclass(Dataset<Row> data, MetricsRequest r, String where) {
        Column t = label(data, r.target()).as("t");
        Column p = label(data, r.prediction()).as("p");
        List<Row> pairs = data.select(t, p).groupBy(col("t"), col("p")).agg(count(lit(1)).as("n"))
                .collectAsList();
        long missing = 0;
        long rows = 0;
        List<String> seen = new ArrayList<>();
        for (Row row : pairs) {
            rows += row.getLong(2);
            if (row.isNullAt(0) || row.isNullAt(1)) {
                missing += row.getLong(2);
                continue;
            }
            seen.add(row.getString(0));
            seen.add(row.getString(1));
        }
        if (missing > 0) {
            throw new InvalidDataException(where + ": " + missing + " rows have no label in column '" + r.target()
                    + "' or no prediction in column '" + r.prediction() + "'; every row needs both");
        }
        List<String> labels = Labels.sorted(seen);
        double[][] counts = new double[labels.size()][labels.size()];
        for (Row row : pairs) {
            counts[labels.indexOf(row.getString(0))][labels.indexOf(row.getString(1))] += row.getLong(2);
        }
        ConfusionMatrix cm = ConfusionMatrix.ofCounts(labels, counts, rowsOf(rows));
        return new SparkMetrics(Task.MULTICLASS, rows, 0, labelMetrics(cm, -1), cm, List.of());
    }

    /** The label metrics of the catalogue from one confusion matrix; {@code positive} < 0 for multiclass. */
    private static List<MetricEstimate> labelMetrics(ConfusionMatrix cm, int positive) {
        int n = cm.rows();
        List<MetricValue> out = new ArrayList<>();
        out.add(cm.accuracy());
        out.add(cm.balancedAccuracy());
        boolean empty = !(cm.total() > 0);
        PerClassScores scores = cm.perClass();
        if (positive >= 0) {
            out.add(empty ? MetricValue.undefined("precision", n, "no rows")
                    : MetricValue.of("precision", scores.precision()[positive], n));
            out.add(empty ? MetricValue.undefined("recall", n, "no rows")
                    : MetricValue.of("recall", scores.recall()[positive], n));
            out.add(empty ? MetricValue.undefined("f1", n, "no rows")
                    : MetricValue.of("f1", scores.f1()[positive], n));
        } else {
            for (Averaging avg : List.of(Averaging.MACRO, Averaging.MICRO, Averaging.WEIGHTED)) {
                String how = "_" + avg.name().toLowerCase(java.util.Locale.ROOT);
                out.add(empty ? MetricValue.undefined("precision" + how, n, "no rows")
                        : MetricValue.of("precision" + how, scores.precision(avg), n));
                out.add(empty ? MetricValue.undefined("recall" + how, n, "no rows")
                        : MetricValue.of("recall" + how, scores.recall(avg), n));
                out.add(empty ? MetricValue.undefined("f1" + how, n, "no rows")
                        : MetricValue.of("f1" + how, scores.f1(avg), n));
            }
        }
        out.add(cm.matthewsCorrelation());
        out.add(cm.cohenKappa(KappaWeighting.NONE));
        return out.stream().map(MetricEstimate::exact).toList();
    }

    private static SparkMetrics regression(Dataset<Row> data, MetricsRequest r, String where) {
        Dataset<Row> pairs = data.select(col(SparkSchema.quote(r.target())).cast("double"),
                col(SparkSchema.quote(r.prediction())).cast("double"));
        RegressionAggregate a = pairs.javaRDD()
                .mapPartitions(rows -> List.of(RegressionAggregate.ofPartition(rows)).iterator())
                .treeReduce(RegressionAggregate::merge);
        int n = rowsOf(a.rows);
        List<MetricEstimate> out = new ArrayList<>();
        if (a.missing > 0 || a.rows == 0) {
            String reason = a.rows == 0 ? "no rows" : a.missing + " rows have no value in column '" + r.target()
                    + "' or '" + r.prediction() + "'";
            for (String name : List.of("mse", "rmse", "mae", "median_absolute_error", "r2", "explained_variance",
                    "mape", "smape", "max_error")) {
                out.add(MetricEstimate.exact(MetricValue.undefined(name, n, reason)));
            }
            return new SparkMetrics(Task.REGRESSION, a.rows + a.missing, a.missing, out, null, List.of());
        }
        double rows = a.rows;
        double mse = a.lossSums[Residual.SQUARED.ordinal()] / rows;
        out.add(MetricEstimate.exact(MetricValue.of("mse", mse, n)));
        out.add(MetricEstimate.exact(MetricValue.of("rmse", Math.sqrt(mse), n)));
        out.add(MetricEstimate.exact(MetricValue.of("mae", a.lossSums[Residual.ABSOLUTE.ordinal()] / rows, n)));
        NumericProfile errors = a.errors();
        out.add(new MetricEstimate(MetricValue.of("median_absolute_error", errors.quantile(0.5), n),
                MetricEstimate.SKETCH, errors.rankError()));
        out.add(MetricEstimate.exact(a.rows < 2
                ? MetricValue.undefined("r2", n, "R² is undefined with fewer than two rows")
                : RegressionErrors.ratioScore("r2", a.lossSums[Residual.SQUARED.ordinal()], a.y.m2, true, n)));
        out.add(MetricEstimate.exact(RegressionErrors.ratioScore("explained_variance", a.residual.m2 / rows,
                a.y.m2 / rows, true, n)));
        out.add(MetricEstimate.exact(MetricValue.of("mape", a.lossSums[Residual.PERCENTAGE.ordinal()] / rows, n)));
        out.add(MetricEstimate.exact(MetricValue.of("smape",
                a.lossSums[Residual.SYMMETRIC_PERCENTAGE.ordinal()] / rows, n)));
        out.add(MetricEstimate.exact(MetricValue.of("max_error", a.maxError, n)));
        return new SparkMetrics(Task.REGRESSION, a.rows, 0, out, null, List.of());
    }

    /** {@link MetricValue} counts rows in an int; larger counts are capped (the metric itself is unaffected). */
    private static int rowsOf(long rows) {
        return (int) Math.min(rows, Integer.MAX_VALUE);
    }
}
