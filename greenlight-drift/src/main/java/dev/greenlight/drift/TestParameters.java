package dev.greenlight.drift;

import dev.greenlight.stats.ChiSquareContingency;
import dev.greenlight.stats.Method;

/**
 * Settings of the tests that have any, with scipy's defaults.
 *
 * @param method p-value method of {@code ks} and {@code cvm}; {@link Method#AUTO} chooses as scipy's
 *               {@code method='auto'}
 * @param yates  Yates' continuity correction of {@code chi2} on 2 x 2 tables (scipy's {@code correction=True})
 * @param lambda Cressie-Read lambda of {@code chi2} (1 = Pearson)
 * @param bins   number of reference-quantile bins of {@code psi} and {@code js} on numeric columns (10 = deciles)
 */
public record TestParameters(Method method, boolean yates, double lambda, int bins) {
    public static final TestParameters DEFAULTS = new TestParameters(Method.AUTO, true, ChiSquareContingency.PEARSON,
            10);

    public TestParameters {
        if (bins < 2) {
            throw new IllegalArgumentException("bins must be at least 2, got " + bins);
        }
    }

    public TestParameters withMethod(Method m) {
        return new TestParameters(m, yates, lambda, bins);
    }

    public TestParameters withChiSquare(boolean correction, double cressieReadLambda) {
        return new TestParameters(method, correction, cressieReadLambda, bins);
    }
}
