package dev.greenlight.drift.multivariate;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The symmetric eigen-decomposition against closed forms, and its defining identities on a random matrix. */
class SymmetricEigenTest {

    @Test
    void tridiagonalToeplitzHasItsClosedFormEigenvalues() {
        // eigenvalues of tridiag(1, 4, 1) of size 3 are 4 + 2 cos(k pi / 4), k = 1..3
        SymmetricEigen e = SymmetricEigen.of(new double[][] {{4, 1, 0}, {1, 4, 1}, {0, 1, 4}});
        assertThat(e.values()[0]).isCloseTo(4 + Math.sqrt(2), within(1e-12));
        assertThat(e.values()[1]).isCloseTo(4, within(1e-12));
        assertThat(e.values()[2]).isCloseTo(4 - Math.sqrt(2), within(1e-12));
        // the leading vector is (1, sqrt 2, 1) / 2 up to sign
        double[] v = e.vectors()[0];
        double sign = Math.signum(v[0]);
        assertThat(sign * v[0]).isCloseTo(0.5, within(1e-12));
        assertThat(sign * v[1]).isCloseTo(Math.sqrt(2) / 2, within(1e-12));
        assertThat(sign * v[2]).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void randomSymmetricMatrixIsDecomposed() {
        int n = 7;
        SplittableRandom random = new SplittableRandom(11);
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                a[i][j] = a[j][i] = random.nextDouble(-1, 1);
            }
        }
        SymmetricEigen e = SymmetricEigen.of(a);
        double trace = 0;
        double sum = 0;
        for (int r = 0; r < n; r++) {
            trace += a[r][r];
            sum += e.values()[r];
            if (r > 0) {
                assertThat(e.values()[r]).isLessThanOrEqualTo(e.values()[r - 1]);
            }
            double[] v = e.vectors()[r];
            for (int i = 0; i < n; i++) {
                double av = 0;
                for (int j = 0; j < n; j++) {
                    av += a[i][j] * v[j];
                }
                assertThat(av).as("(A v - lambda v)[%d] of vector %d", i, r).isCloseTo(e.values()[r] * v[i],
                        within(1e-10));
            }
            for (int s = 0; s < n; s++) {
                double dot = 0;
                for (int i = 0; i < n; i++) {
                    dot += v[i] * e.vectors()[s][i];
                }
                assertThat(dot).isCloseTo(r == s ? 1 : 0, within(1e-10));
            }
        }
        assertThat(sum).isCloseTo(trace, within(1e-10));
        assertThat(e.leadingVectors(2)).hasNumberOfRows(2);
    }
}
