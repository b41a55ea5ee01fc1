package dev.greenlight.labels;

import dev.greenlight.error.InvalidDataException;

import java.util.Arrays;
import java.util.Random;

/**
 * k-center greedy selection (Sener &amp; Savarese 2018) in standardised feature space: each feature is centred on
 * its mean and divided by its (population) standard deviation, a missing value becomes the mean (0 after
 * standardising), and a constant feature is dropped. The first center is a seeded random row; each next one is the
 * row whose distance to its nearest center is largest (ties to the lowest row index). The greedy choice is within
 * a factor 2 of the best covering radius.
 */
final class KCenterGreedy {
    private KCenterGreedy() {
    }

    static Selection select(double[][] features, int budget, long seed) {
        double[][] z = standardised(features);
        int n = z.length;
        double[] nearest = new double[n];
        Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        int[] rows = new int[budget];
        double[] priority = new double[budget];
        boolean[] chosen = new boolean[n];
        int next = new Random(seed).nextInt(n);
        for (int k = 0; k < budget; k++) {
            rows[k] = next;
            chosen[next] = true;
            priority[k] = nearest[next];
            double[] center = z[next];
            int far = -1;
            double farDistance = -1.0;
            for (int i = 0; i < n; i++) {
                double d = Math.sqrt(squaredDistance(z[i], center));
                if (d < nearest[i]) {
                    nearest[i] = d;
                }
                // a chosen row is skipped even when duplicates leave every distance 0
                if (!chosen[i] && nearest[i] > farDistance) {
                    farDistance = nearest[i];
                    far = i;
                }
            }
            next = far;
        }
        return new Selection(SelectionStrategy.DIVERSITY, seed, rows, priority);
    }

    static double[][] standardised(double[][] features) {
        int n = features.length;
        int d = n == 0 ? 0 : features[0].length;
        if (d == 0) {
            throw new InvalidDataException("--strategy diversity needs at least one numeric feature column");
        }
        double[][] z = new double[n][d];
        for (int j = 0; j < d; j++) {
            double sum = 0.0;
            int count = 0;
            for (double[] row : features) {
                if (!Double.isNaN(row[j])) {
                    sum += row[j];
                    count++;
                }
            }
            double mean = count == 0 ? 0.0 : sum / count;
            double ss = 0.0;
            for (double[] row : features) {
                if (!Double.isNaN(row[j])) {
                    ss += (row[j] - mean) * (row[j] - mean);
                }
            }
            double sd = count == 0 ? 0.0 : Math.sqrt(ss / count);
            for (int i = 0; i < n; i++) {
                double v = features[i][j];
                z[i][j] = sd == 0.0 || Double.isNaN(v) ? 0.0 : (v - mean) / sd;
            }
        }
        return z;
    }

    private static double squaredDistance(double[] a, double[] b) {
        double s = 0.0;
        for (int j = 0; j < a.length; j++) {
            double t = a[j] - b[j];
            s += t * t;
        }
        return s;
    }
}
