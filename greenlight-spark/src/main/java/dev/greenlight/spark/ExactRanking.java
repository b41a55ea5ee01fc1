package dev.greenlight.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * ROC AUC and average precision computed exactly on a cluster: the rows are grouped by distinct score and the
 * groups sorted (a range-partitioned distributed sort), each partition's class totals are gathered, and a second
 * pass walks every partition with the counts of the partitions before it. Driver memory is one pair of counts per
 * partition, whatever the number of rows or distinct scores.
 *
 * <p>The walk is the kernel of {@code RocAuc.area} (positives of a run of equal scores beat every negative below
 * it and tie with the negatives of the run, Mann-Whitney's U) and of {@code AveragePrecision.of} (each run of
 * positives steps recall at the precision of "score at least the run's score", no interpolation), over runs that
 * arrive partition by partition instead of from one in-memory sort.
 */
final class ExactRanking {
    private ExactRanking() {
    }

    /** Exact ranking metrics. */
    record Result(double rocAuc, double averagePrecision, double positives, double negatives) {
    }

    /**
     * @param outcomes rows of (is positive: boolean, score: double), no missing score
     */
    static Result of(Dataset<Row> outcomes) {
        Dataset<Row> runs = outcomes.groupBy(col("score"))
                .agg(sum(when(col("positive"), lit(1L)).otherwise(lit(0L))).as("pos"),
                        sum(when(col("positive"), lit(0L)).otherwise(lit(1L))).as("neg"))
                .orderBy(col("score"));
        JavaRDD<Row> sorted = runs.javaRDD().cache();
        try {
            List<double[]> totals = sorted.mapPartitionsWithIndex((index, rows) -> {
                double pos = 0;
                double neg = 0;
                while (rows.hasNext()) {
                    Row r = rows.next();
                    pos += r.getLong(1);
                    neg += r.getLong(2);
                }
                return List.of(new double[] {index, pos, neg}).iterator();
            }, true).collect();
            int partitions = sorted.getNumPartitions();
            double[] posBefore = new double[partitions];
            double[] negBefore = new double[partitions];
            double[] byIndexPos = new double[partitions];
            double[] byIndexNeg = new double[partitions];
            for (double[] t : totals) {
                byIndexPos[(int) t[0]] = t[1];
                byIndexNeg[(int) t[0]] = t[2];
            }
            double p = 0;
            double n = 0;
            for (int i = 0; i < partitions; i++) {
                posBefore[i] = p;
                negBefore[i] = n;
                p += byIndexPos[i];
                n += byIndexNeg[i];
            }
            double positives = p;
            double negatives = n;
            double[] sums = sorted.mapPartitionsWithIndex((index, rows) -> walk(rows, posBefore[index],
                    negBefore[index], positives, negatives), true).reduce(ExactRanking::add);
            double auc = positives > 0 && negatives > 0 ? sums[0] / (positives * negatives) : Double.NaN;
            double ap = positives > 0 ? sums[1] / positives : 0.0;
            return new Result(auc, ap, positives, negatives);
        } finally {
            sorted.unpersist(false);
        }
    }

    /** {pairs won, sum of positives times precision} of one partition's runs, ascending by score. */
    private static Iterator<double[]> walk(Iterator<Row> rows, double posBefore, double negBefore, double positives,
                                           double negatives) {
        double pairs = 0;
        double precisionSum = 0;
        double posBelow = posBefore;
        double negBelow = negBefore;
        while (rows.hasNext()) {
            Row r = rows.next();
            double pos = r.getLong(1);
            double neg = r.getLong(2);
            pairs += pos * (negBelow + 0.5 * neg);
            if (pos != 0) {
                double tp = positives - posBelow;
                double fp = negatives - negBelow;
                precisionSum += pos * (tp / (tp + fp));
            }
            posBelow += pos;
            negBelow += neg;
        }
        List<double[]> out = new ArrayList<>(1);
        out.add(new double[] {pairs, precisionSum});
        return out.iterator();
    }

    private static double[] add(double[] a, double[] b) {
        return new double[] {a[0] + b[0], a[1] + b[1]};
    }
}
