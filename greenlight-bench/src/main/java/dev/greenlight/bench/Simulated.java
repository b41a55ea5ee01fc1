package dev.greenlight.bench;

import dev.greenlight.metrics.ClassificationOutcomes;

import java.util.List;
import java.util.SplittableRandom;

/** Simulated binary outcomes: half positives, an informative score with ties, labels thresholded at 0.5. */
final class Simulated {
    private Simulated() {
    }

    static ClassificationOutcomes binary(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] y = new int[rows];
        int[] predicted = new int[rows];
        double[] score = new double[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = random.nextInt(2);
            // positives shifted up; rounded to 6 decimals, as scores in files are, so ties occur
            double s = 0.5 * random.nextDouble() + 0.3 * y[i] + 0.1 * random.nextDouble();
            score[i] = Math.rint(Math.min(1.0, Math.max(0.0, s)) * 1e6) / 1e6;
            predicted[i] = score[i] >= 0.5 ? 1 : 0;
        }
        return ClassificationOutcomes.binary(List.of("0", "1"), 1, y, predicted, score, null);
    }
}
