package dev.greenlight.stats;

/**
 * Population stability index with its per-bin detail.
 *
 * @param psi                   {@code sum_i (a_i - e_i) ln(a_i / e_i)}
 * @param referenceCounts       reference values per bin
 * @param currentCounts         current values per bin
 * @param referenceProportions  e_i: reference share per bin, epsilon where the count is 0
 * @param currentProportions    a_i: current share per bin, epsilon where the count is 0
 * @param binTerms              {@code (a_i - e_i) ln(a_i / e_i)} per bin (each &ge; 0)
 * @param epsilon               the value substituted for empty bins
 */
public record PsiResult(double psi, long[] referenceCounts, long[] currentCounts, double[] referenceProportions,
                        double[] currentProportions, double[] binTerms, double epsilon) {
    public PsiResult {
        referenceCounts = referenceCounts.clone();
        currentCounts = currentCounts.clone();
        referenceProportions = referenceProportions.clone();
        currentProportions = currentProportions.clone();
        binTerms = binTerms.clone();
    }

    @Override
    public long[] referenceCounts() {
        return referenceCounts.clone();
    }

    @Override
    public long[] currentCounts() {
        return currentCounts.clone();
    }

    @Override
    public double[] referenceProportions() {
        return referenceProportions.clone();
    }

    @Override
    public double[] currentProportions() {
        return currentProportions.clone();
    }

    @Override
    public double[] binTerms() {
        return binTerms.clone();
    }

    /** Number of reference values counted in the bins. */
    public long referenceTotal() {
        return sum(referenceCounts);
    }

    /** Number of current values counted in the bins. */
    public long currentTotal() {
        return sum(currentCounts);
    }

    private static long sum(long[] counts) {
        long s = 0;
        for (long c : counts) {
            s += c;
        }
        return s;
    }
}
