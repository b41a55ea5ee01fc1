package dev.greenlight.drift.multivariate;

/**
 * Gradient boosting of decision stumps for a binary label, with the logistic loss and Newton leaf values
 * (Friedman 2001, "Greedy function approximation: a gradient boosting machine"; second-order leaves and gain as
 * Chen and Guestrin 2016, "XGBoost", eq. 5-7, with L2 penalty {@link #LAMBDA}). Each stump splits one binned
 * feature: ordered features at a bin boundary, categorical ones one category against the rest. Depth-one trees
 * keep the model additive, so the gain each feature earns is a faithful reading of what tells the classes apart.
 */
final class BoostedStumps {
    static final int ROUNDS = 100;
    static final double LEARNING_RATE = 0.1;
    static final double LAMBDA = 1.0;

    private final int[] feature = new int[ROUNDS];
    private final int[] splitBin = new int[ROUNDS];
    private final boolean[] orderedSplit = new boolean[ROUNDS];
    private final double[] left = new double[ROUNDS];
    private final double[] right = new double[ROUNDS];
    private final double[] gain = new double[ROUNDS];
    private double base;
    private int trees;

    /** Fits on the rows where {@code train[row]}; {@link #addGains} tells what each feature earned. */
    static BoostedStumps fit(BinnedFeatures x, boolean[] train) {
        BoostedStumps m = new BoostedStumps();
        // the training rows copied out in row order, each feature's bins and the label as compact arrays: every
        // loop below then reads memory in sequence, without a gather through row numbers or a branch per row (the
        // folds are random), and adds in the same order as a scan of all rows, so the sums are the same to the bit
        int n = 0;
        for (int i = 0; i < x.rows; i++) {
            n += train[i] ? 1 : 0;
        }
        int features = x.bins.length;
        byte[][] bins = new byte[features][n];
        double[] label = new double[n];
        double pos = 0;
        for (int i = 0, r = 0; i < x.rows; i++) {
            if (train[i]) {
                label[r] = x.label[i];
                pos += x.label[i];
                for (int f = 0; f < features; f++) {
                    bins[f][r] = (byte) x.bins[f][i];
                }
                r++;
            }
        }
        double prior = Math.min(Math.max(pos / n, 1e-6), 1 - 1e-6);
        m.base = Math.log(prior / (1 - prior));
        double[] score = new double[n];
        java.util.Arrays.fill(score, m.base);
        double[] g = new double[n];
        double[] h = new double[n];
        for (int round = 0; round < ROUNDS; round++) {
            double[] sums = gradients(n, score, label, g, h);
            double gSum = sums[0];
            double hSum = sums[1];
            double parent = gSum * gSum / (hSum + LAMBDA);
            double bestGain = 0;
            int bestF = -1;
            int bestBin = -1;
            double bestGl = 0;
            double bestHl = 0;
            for (int f = 0; f < features; f++) {
                int nb = x.binCount[f];
                double[] gb = new double[nb];
                double[] hb = new double[nb];
                histogram(bins[f], n, g, h, gb, hb);
                double gl = 0;
                double hl = 0;
                for (int s = 0; s < nb - 1 || (!x.ordered[f] && s < nb); s++) {
                    double gL;
                    double hL;
                    if (x.ordered[f]) {
                        gl += gb[s];
                        hl += hb[s];
                        gL = gl;
                        hL = hl;
                    } else {
                        gL = gb[s];
                        hL = hb[s];
                    }
                    double gR = gSum - gL;
                    double hR = hSum - hL;
                    if (hL < 1e-9 || hR < 1e-9) {
                        continue;
                    }
                    double gain = gL * gL / (hL + LAMBDA) + gR * gR / (hR + LAMBDA) - parent;
                    if (gain > bestGain) {
                        bestGain = gain;
                        bestF = f;
                        bestBin = s;
                        bestGl = gL;
                        bestHl = hL;
                    }
                }
            }
            if (bestF < 0) {
                break;
            }
            int t = m.trees++;
            m.feature[t] = bestF;
            m.splitBin[t] = bestBin;
            m.orderedSplit[t] = x.ordered[bestF];
            m.left[t] = -LEARNING_RATE * bestGl / (bestHl + LAMBDA);
            m.right[t] = -LEARNING_RATE * (gSum - bestGl) / (hSum - bestHl + LAMBDA);
            m.gain[t] = bestGain;
            update(m, t, bins[bestF], n, score);
        }
        return m;
    }

    /*
     * The loops over rows are methods of their own: small methods are compiled early and whole, where one long
     * method would run interpreted until its loops were compiled on the stack, most of a small comparison's time.
     */

    /** The logistic loss's gradient and hessian at each training row; returns their sums. */
    private static double[] gradients(int n, double[] score, double[] label, double[] g, double[] h) {
        double gSum = 0;
        double hSum = 0;
        for (int r = 0; r < n; r++) {
            double p = 1 / (1 + Math.exp(-score[r]));
            g[r] = p - label[r];
            h[r] = Math.max(p * (1 - p), 1e-12);
            gSum += g[r];
            hSum += h[r];
        }
        return new double[] {gSum, hSum};
    }

    /** Adds each training row's gradient and hessian to its bin of one feature, in row order. */
    private static void histogram(byte[] bins, int n, double[] g, double[] h, double[] gb, double[] hb) {
        for (int r = 0; r < n; r++) {
            int b = bins[r];
            gb[b] += g[r];
            hb[b] += h[r];
        }
    }

    /** Adds tree t's leaf to each training row's score. */
    private static void update(BoostedStumps m, int t, byte[] bins, int n, double[] score) {
        for (int r = 0; r < n; r++) {
            score[r] += m.leaf(t, bins[r]);
        }
    }

    /** Adds the gain of each split, tree by tree, to its feature's entry of {@code gains}. */
    void addGains(double[] gains) {
        for (int t = 0; t < trees; t++) {
            gains[feature[t]] += gain[t];
        }
    }

    private double leaf(int t, int bin) {
        boolean goesLeft = orderedSplit[t] ? bin <= splitBin[t] : bin == splitBin[t];
        return goesLeft ? left[t] : right[t];
    }

    /** The log-odds of row i being current. */
    double score(BinnedFeatures x, int i) {
        double s = base;
        for (int t = 0; t < trees; t++) {
            s += leaf(t, x.bins[feature[t]][i]);
        }
        return s;
    }
}
