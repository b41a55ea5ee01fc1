package dev.greenlight.metrics;

import dev.greenlight.error.InvalidDataException;
import java.util.List;
import java.util.Objects;

/**
 * Labels, predicted labels and scores of a classifier.
 *
 * <p>Classes are indices into {@link #labels()}, which are ordered as scikit-learn orders them (see
 * {@link Labels#sorted}). Scores are held column-major: {@code probabilities[k][i]} is the score of class
 * {@code k} for row {@code i}. For a binary task only the positive class's scores may be given
 * ({@link #positiveScores()}); the negative class's are then {@code 1 - s}.
 *
 * @param labels         class labels, in sorted order
 * @param yTrue          true class index per row
 * @param yPred          predicted class index per row, or {@code null} when only scores are known
 * @param positiveScores binary only: score of the positive class per row, or {@code null}
 * @param probabilities  multiclass only: per-class scores, one array per label, or {@code null}
 * @param positive       binary only: index of the positive class in {@code labels}; -1 for multiclass
 * @param weights        per-row sample weights, or {@code null}
 */
public record ClassificationOutcomes(List<String> labels, int[] yTrue, int[] yPred, double[] positiveScores,
                                     double[][] probabilities, int positive, double[] weights) implements Outcomes {

    public ClassificationOutcomes {
        labels = List.copyOf(labels);
        Objects.requireNonNull(yTrue, "yTrue");
        int n = yTrue.length;
        requireLength("yPred", yPred, n);
        requireLength("positiveScores", positiveScores, n);
        requireLength("weights", weights, n);
        if (probabilities != null) {
            if (probabilities.length != labels.size()) {
                throw new InvalidDataException("probabilities: " + probabilities.length + " columns for "
                        + labels.size() + " labels");
            }
            for (double[] p : probabilities) {
                requireLength("probabilities", p, n);
            }
        }
        if (positive >= labels.size()) {
            throw new InvalidDataException("positive class index " + positive + " outside " + labels);
        }
    }

    private static void requireLength(String what, Object array, int n) {
        if (array == null) {
            return;
        }
        int len = java.lang.reflect.Array.getLength(array);
        if (len != n) {
            throw new InvalidDataException(what + " has " + len + " rows, y_true has " + n);
        }
    }

    /** A binary outcome; {@code yPred} or {@code scores} may be null but not both. */
    public static ClassificationOutcomes binary(List<String> labels, int positive, int[] yTrue, int[] yPred,
                                                double[] scores, double[] weights) {
        if (labels.size() != 2) {
            throw new InvalidDataException("a binary task needs 2 labels, got " + labels);
        }
        return new ClassificationOutcomes(labels, yTrue, yPred, scores, null, positive, weights);
    }

    public static ClassificationOutcomes multiclass(List<String> labels, int[] yTrue, int[] yPred,
                                                    double[][] probabilities, double[] weights) {
        return new ClassificationOutcomes(labels, yTrue, yPred, null, probabilities, -1, weights);
    }

    @Override
    public int size() {
        return yTrue.length;
    }

    public int classCount() {
        return labels.size();
    }

    public boolean isBinary() {
        return positive >= 0;
    }

    public boolean hasPredictions() {
        return yPred != null;
    }

    public boolean hasScores() {
        return positiveScores != null || probabilities != null;
    }

    /**
     * Scores of class {@code k} for every row; for a binary outcome given by positive scores the negative class's
     * column is computed as {@code 1 - s}.
     */
    public double[] scoresOf(int k) {
        if (probabilities != null) {
            return probabilities[k];
        }
        if (positiveScores == null) {
            throw new IllegalStateException("no scores");
        }
        if (k == positive) {
            return positiveScores;
        }
        double[] out = new double[positiveScores.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = 1.0 - positiveScores[i];
        }
        return out;
    }

    /**
     * The predicted class per row: {@link #yPred()} when given; otherwise derived from the scores the way the
     * oracle data and most models do it: binary, the positive class when its score is at least 0.5; multiclass, the
     * first class of highest probability ({@code numpy.argmax}). {@code null} when there are neither predictions
     * nor scores. A derived array is computed anew on each call.
     */
    public int[] predictions() {
        if (yPred != null) {
            return yPred;
        }
        if (isBinary() && (positiveScores != null || probabilities != null)) {
            return PredictedClass.atThreshold(scoresOf(positive), positive, 0.5);
        }
        if (probabilities == null) {
            return null;
        }
        return PredictedClass.argmax(probabilities);
    }

    /** Whether row {@code i} belongs to the positive class (binary outcomes only). */
    public boolean isPositive(int i) {
        return yTrue[i] == positive;
    }

    @Override
    public ClassificationOutcomes select(int[] rows) {
        double[][] probs = null;
        if (probabilities != null) {
            probs = new double[probabilities.length][];
            for (int k = 0; k < probs.length; k++) {
                probs[k] = Arrays2.select(probabilities[k], rows);
            }
        }
        return new ClassificationOutcomes(labels, Arrays2.select(yTrue, rows), Arrays2.select(yPred, rows),
                Arrays2.select(positiveScores, rows), probs, positive, Arrays2.select(weights, rows));
    }
}
