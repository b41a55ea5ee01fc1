package dev.greenlight.drift.multivariate;

import dev.greenlight.table.Column;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Data reconstruction with PCA, as NannyML's multivariate drift method: standardise the numeric features with the
 * reference's means and standard deviations (missing values become the mean), keep the reference's leading
 * principal components until {@link #VARIANCE_KEPT} of the variance is explained, and measure the mean Euclidean
 * distance between each row and its projection mapped back. A change in the features' joint structure (a
 * correlation that breaks) raises the error even when every marginal distribution is unchanged. The drift bounds
 * are the mean error of {@link #CHUNKS} reference chunks plus and minus 3 standard deviations.
 */
final class PcaReconstruction {
    static final double VARIANCE_KEPT = 0.65;
    static final int CHUNKS = 10;

    private PcaReconstruction() {
    }

    static ReconstructionResult evaluate(Table reference, Table current, List<String> features) {
        List<String> numeric = new ArrayList<>();
        for (String f : features) {
            Column c = reference.column(f);
            if (c instanceof NumericColumn && current.column(f) instanceof NumericColumn) {
                numeric.add(f);
            }
        }
        int p = numeric.size();
        if (p < 2 || reference.rowCount() < 2 * CHUNKS) {
            return null;
        }
        double[] mean = new double[p];
        double[] sd = new double[p];
        double[][] ref = standardised(reference, numeric, mean, sd, true);
        double[][] cur = standardised(current, numeric, mean, sd, false);
        double[][] cov = new double[p][p];
        for (double[] row : ref) {
            for (int a = 0; a < p; a++) {
                for (int b = a; b < p; b++) {
                    cov[a][b] += row[a] * row[b];
                }
            }
        }
        for (int a = 0; a < p; a++) {
            for (int b = a; b < p; b++) {
                cov[a][b] /= ref.length - 1;
                cov[b][a] = cov[a][b];
            }
        }
        SymmetricEigen eigen = SymmetricEigen.of(cov);
        double total = Arrays.stream(eigen.values()).sum();
        int k = 0;
        double kept = 0;
        while (k < p && (k == 0 || kept / total < VARIANCE_KEPT)) {
            kept += eigen.values()[k++];
        }
        double[][] basis = eigen.leadingVectors(k);
        double[] refErrors = errors(ref, basis);
        double[] curErrors = errors(cur, basis);
        double[] chunkMeans = new double[CHUNKS];
        for (int c = 0; c < CHUNKS; c++) {
            int from = refErrors.length * c / CHUNKS;
            int to = refErrors.length * (c + 1) / CHUNKS;
            chunkMeans[c] = Arrays.stream(refErrors, from, to).average().orElse(Double.NaN);
        }
        double mu = Arrays.stream(chunkMeans).average().orElse(Double.NaN);
        double sigma = Math.sqrt(Arrays.stream(chunkMeans).map(x -> (x - mu) * (x - mu)).sum() / (CHUNKS - 1));
        double refMean = Arrays.stream(refErrors).average().orElse(Double.NaN);
        double curMean = Arrays.stream(curErrors).average().orElse(Double.NaN);
        double low = mu - 3 * sigma;
        double high = mu + 3 * sigma;
        return new ReconstructionResult(p, k, total > 0 ? kept / total : 1, refMean, curMean, low, high,
                curMean < low || curMean > high);
    }

    private static double[][] standardised(Table t, List<String> features, double[] mean, double[] sd, boolean fit) {
        int p = features.size();
        double[][] out = new double[t.rowCount()][p];
        for (int f = 0; f < p; f++) {
            NumericColumn c = (NumericColumn) t.column(features.get(f));
            if (fit) {
                double[] present = c.presentValues();
                mean[f] = Arrays.stream(present).average().orElse(0);
                double m = mean[f];
                double var = Arrays.stream(present).map(v -> (v - m) * (v - m)).sum() / Math.max(1, present.length);
                sd[f] = var > 0 ? Math.sqrt(var) : 1;
            }
            for (int i = 0; i < out.length; i++) {
                double v = c.get(i);
                out[i][f] = Double.isNaN(v) ? 0 : (v - mean[f]) / sd[f];
            }
        }
        return out;
    }

    private static double[] errors(double[][] rows, double[][] basis) {
        double[] out = new double[rows.length];
        int p = rows.length == 0 ? 0 : rows[0].length;
        double[] recon = new double[p];
        for (int i = 0; i < rows.length; i++) {
            Arrays.fill(recon, 0);
            for (double[] v : basis) {
                double dot = 0;
                for (int a = 0; a < p; a++) {
                    dot += rows[i][a] * v[a];
                }
                for (int a = 0; a < p; a++) {
                    recon[a] += dot * v[a];
                }
            }
            double ss = 0;
            for (int a = 0; a < p; a++) {
                double d = rows[i][a] - recon[a];
                ss += d * d;
            }
            out[i] = Math.sqrt(ss);
        }
        return out;
    }
}
