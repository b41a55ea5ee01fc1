package dev.greenlight.drift.multivariate;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Eigenvalues and eigenvectors of a symmetric matrix, by EJML's symmetric decomposition (Householder reduction to
 * tridiagonal form, then implicit QR; Golub and Van Loan, "Matrix Computations", 4th ed., section 8.3): about
 * 4/3 n^3 operations once, where the cyclic Jacobi method this replaced needed several sweeps of 3 n^3 through
 * columns, minutes for the covariance of a 1,000-feature dataset.
 *
 * @param values  eigenvalues, largest first
 * @param vectors {@code vectors[i]} is the unit eigenvector of {@code values[i]}
 */
record SymmetricEigen(double[] values, double[][] vectors) {

    static SymmetricEigen of(double[][] matrix) {
        int n = matrix.length;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eig.decompose(new DMatrixRMaj(matrix))) {
            throw new ArithmeticException("the eigen-decomposition of a " + n + " x " + n + " covariance matrix did "
                    + "not converge");
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> eig.getEigenvalue(i).getReal()).reversed());
        double[] values = new double[n];
        double[][] vectors = new double[n][];
        for (int r = 0; r < n; r++) {
            values[r] = eig.getEigenvalue(order[r]).getReal();
            vectors[r] = eig.getEigenVector(order[r]).getData().clone();
        }
        return new SymmetricEigen(values, vectors);
    }

    double[][] leadingVectors(int k) {
        return Arrays.copyOf(vectors, k);
    }
}
