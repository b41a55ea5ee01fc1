package dev.greenlight.baseline;

/** A twice differentiable convex function of a parameter vector, as {@link NewtonCg} minimises it. */
interface SmoothObjective {

    int dimension();

    /** The value at {@code theta}. */
    double value(double[] theta);

    /**
     * The value at {@code theta}, with the gradient written to {@code gradient}; remembers {@code theta} for
     * {@link #hessianTimes}.
     */
    double valueAndGradient(double[] theta, double[] gradient);

    /** The Hessian at the point of the last {@link #valueAndGradient} call, times {@code v}, into {@code out}. */
    void hessianTimes(double[] v, double[] out);
}
