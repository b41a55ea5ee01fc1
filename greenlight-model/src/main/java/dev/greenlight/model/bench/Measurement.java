package dev.greenlight.model.bench;

/**
 * One measured way of calling a model.
 *
 * @param batchSize          rows per call
 * @param threads            threads calling at once
 * @param latency            per-call latency
 * @param throughputPerS     rows scored per second of wall time, all threads together
 * @param cpuMsPerPrediction CPU time per row scored: the whole process's (every thread, a runtime's own pools
 *                           included) when it used 100 ms or more, else the calling threads' own (the process's
 *                           is counted in 10 ms ticks)
 */
public record Measurement(int batchSize, int threads, LatencySummary latency, double throughputPerS,
                          double cpuMsPerPrediction) {
}
