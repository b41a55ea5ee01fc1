package dev.greenlight.baseline;

/**
 * Truncated Newton minimisation (Nocedal &amp; Wright, Numerical Optimization, 2nd ed., algorithm 7.1, "line search
 * Newton-CG"): each step solves {@code H d = -g} by conjugate gradients to the relative residual
 * {@code min(0.5, sqrt(|g|))}, which makes the convergence superlinear, then backtracks on the objective (Armijo).
 * Only Hessian-vector products are needed, so a multinomial model of many classes and columns never forms its
 * Hessian. scikit-learn's {@code newton-cg} solver is the same method.
 *
 * <p>Stops when the largest gradient entry is at most the tolerance, or when a step can no longer lower the
 * objective (the optimum to working precision).
 */
final class NewtonCg {
    private static final int MAX_ITERATIONS = 200;
    private static final double ARMIJO = 1e-4;

    /**
     * The result.
     *
     * @param theta        the minimiser
     * @param gradientNorm the largest absolute gradient entry there
     * @param iterations   Newton steps taken
     */
    record Result(double[] theta, double gradientNorm, int iterations) {
    }

    private NewtonCg() {
    }

    static Result minimize(SmoothObjective f, double[] start, double tolerance) {
        int n = f.dimension();
        double[] theta = start.clone();
        double[] g = new double[n];
        double value = f.valueAndGradient(theta, g);
        int it = 0;
        for (; it < MAX_ITERATIONS && maxAbs(g) > tolerance; it++) {
            double[] d = conjugateGradient(f, g);
            double slope = LinearPredictor.dot(g, d);
            if (!(slope < 0)) {
                break;
            }
            double[] next = new double[n];
            double step = 1.0;
            double nextValue = Double.NaN;
            boolean accepted = false;
            for (int halvings = 0; halvings < 60 && !accepted; halvings++) {
                for (int j = 0; j < n; j++) {
                    next[j] = theta[j] + step * d[j];
                }
                nextValue = f.value(next);
                // near the optimum the decrease is below the rounding of the objective itself: allow that much
                double slack = 64 * Math.ulp(Math.abs(value));
                accepted = nextValue <= value + ARMIJO * step * slope + slack;
                if (!accepted) {
                    step /= 2;
                }
            }
            if (!accepted) {
                break;
            }
            double[] nextGradient = new double[n];
            double v = f.valueAndGradient(next, nextGradient);
            if (maxAbs(nextGradient) >= maxAbs(g) && nextValue >= value) {
                f.valueAndGradient(theta, g); // no progress left: keep the better point
                break;
            }
            theta = next;
            g = nextGradient;
            value = v;
        }
        return new Result(theta, maxAbs(g), it);
    }

    /** Approximately solves {@code H d = -g} by conjugate gradients from {@code d = 0}. */
    private static double[] conjugateGradient(SmoothObjective f, double[] g) {
        int n = g.length;
        double[] d = new double[n];
        double[] r = new double[n];
        for (int j = 0; j < n; j++) {
            r[j] = -g[j];
        }
        double[] p = r.clone();
        double[] hp = new double[n];
        double rr = LinearPredictor.dot(r, r);
        double gNorm = Math.sqrt(rr);
        double target = Math.min(0.5, Math.sqrt(gNorm)) * gNorm;
        for (int k = 0; k < 2 * n + 10 && Math.sqrt(rr) > target; k++) {
            f.hessianTimes(p, hp);
            double curvature = LinearPredictor.dot(p, hp);
            if (!(curvature > 0)) {
                if (k == 0) {
                    return r; // no curvature along the gradient: take steepest descent
                }
                break;
            }
            double alpha = rr / curvature;
            for (int j = 0; j < n; j++) {
                d[j] += alpha * p[j];
                r[j] -= alpha * hp[j];
            }
            double rrNext = LinearPredictor.dot(r, r);
            double beta = rrNext / rr;
            for (int j = 0; j < n; j++) {
                p[j] = r[j] + beta * p[j];
            }
            rr = rrNext;
        }
        return d;
    }

    static double maxAbs(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
