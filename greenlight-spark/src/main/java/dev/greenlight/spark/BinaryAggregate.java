package dev.greenlight.spark;

import dev.greenlight.metrics.RegressionErrors;
import dev.greenlight.profile.ColumnProfile;
import dev.greenlight.profile.DatasetProfile;
import dev.greenlight.profile.NumericProfile;
import dev.greenlight.profile.ProfileFile;
import dev.greenlight.table.ColumnType;

import java.io.Serializable;
import java.util.List;

/**
 * The mergeable summary of a binary classifier's scores on a part of the data: exact confusion counts at the
 * decision threshold and at every step of a threshold grid, the sum of squared errors of the scores (Brier), and
 * one KLL sketch of the scores per class ({@link NumericProfile}, the profiles' sketch) from which ROC AUC and
 * average precision are estimated. Parts merge by adding counts and merging sketches.
 */
final class BinaryAggregate implements Serializable {
    static final String POSITIVE_SCORES = "positive";
    static final String NEGATIVE_SCORES = "negative";

    final double threshold;
    long rows;
    long truePositives;
    long falsePositives;
    long trueNegatives;
    long falseNegatives;
    /** Rows whose score is missing (NaN or null): no metric is defined with them. */
    long missingScores;
    double squaredErrors;
    /** Positives and negatives whose score falls in grid step {@code i}: {@code [i / bins, (i + 1) / bins)}, step
     * {@code bins} holding the scores of at least 1 and step 0 those below 0. */
    final long[] positivesByStep;
    final long[] negativesByStep;
    /** The two class score sketches as a serialised two-column profile. */
    byte[] scoreSketches;

    BinaryAggregate(double threshold, int steps) {
        this.threshold = threshold;
        this.positivesByStep = new long[steps];
        this.negativesByStep = new long[steps];
    }

    /** The summary of one partition's rows of (is positive, score). */
    static BinaryAggregate ofPartition(java.util.Iterator<org.apache.spark.sql.Row> rows, double threshold,
                                       int bins) {
        BinaryAggregate a = new BinaryAggregate(threshold, bins);
        NumericProfile positives = new NumericProfile(POSITIVE_SCORES, ColumnType.NUMERIC);
        NumericProfile negatives = new NumericProfile(NEGATIVE_SCORES, ColumnType.NUMERIC);
        while (rows.hasNext()) {
            org.apache.spark.sql.Row r = rows.next();
            boolean positive = r.getBoolean(0);
            double s = r.isNullAt(1) ? Double.NaN : r.getDouble(1);
            a.rows++;
            if (Double.isNaN(s)) {
                a.missingScores++;
                continue;
            }
            boolean predictedPositive = s >= threshold;
            if (positive) {
                positives.update(s);
                a.positivesByStep[a.step(s)]++;
                if (predictedPositive) {
                    a.truePositives++;
                } else {
                    a.falseNegatives++;
                }
            } else {
                negatives.update(s);
                a.negativesByStep[a.step(s)]++;
                if (predictedPositive) {
                    a.falsePositives++;
                } else {
                    a.trueNegatives++;
                }
            }
            a.squaredErrors += RegressionErrors.Residual.SQUARED.of(positive ? 1.0 : 0.0, s);
        }
        a.scoreSketches = ProfileFile.toBytes(new DatasetProfile("scores", a.rows - a.missingScores,
                List.<ColumnProfile>of(positives, negatives)));
        return a;
    }

    /** The grid step of a score: the largest {@code i} with {@code score >= i / bins}, from 0 to {@code bins}. */
    private int step(double score) {
        int bins = positivesByStep.length - 1;
        int i = (int) Math.max(0, Math.min(bins, Math.floor(score * bins)));
        // the product rounds; the comparisons decide as "score >= threshold" does
        while (i < bins && score >= (double) (i + 1) / bins) {
            i++;
        }
        while (i > 0 && score < (double) i / bins) {
            i--;
        }
        return i;
    }

    /** This summary with another part's folded in. */
    static BinaryAggregate merge(BinaryAggregate a, BinaryAggregate b) {
        BinaryAggregate m = new BinaryAggregate(a.threshold, a.positivesByStep.length);
        m.rows = a.rows + b.rows;
        m.truePositives = a.truePositives + b.truePositives;
        m.falsePositives = a.falsePositives + b.falsePositives;
        m.trueNegatives = a.trueNegatives + b.trueNegatives;
        m.falseNegatives = a.falseNegatives + b.falseNegatives;
        m.missingScores = a.missingScores + b.missingScores;
        m.squaredErrors = a.squaredErrors + b.squaredErrors;
        for (int i = 0; i < m.positivesByStep.length; i++) {
            m.positivesByStep[i] = a.positivesByStep[i] + b.positivesByStep[i];
            m.negativesByStep[i] = a.negativesByStep[i] + b.negativesByStep[i];
        }
        m.scoreSketches = PartitionProfiles.merge(a.scoreSketches, b.scoreSketches);
        return m;
    }

    /** The per-class score sketches. */
    NumericProfile[] sketches() {
        DatasetProfile p = ProfileFile.fromBytes(scoreSketches, "the score sketches");
        return new NumericProfile[] {(NumericProfile) p.column(POSITIVE_SCORES),
                (NumericProfile) p.column(NEGATIVE_SCORES)};
    }
}
