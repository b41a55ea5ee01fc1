package dev.greenlight.model.bench;

import dev.greenlight.model.Model;
import dev.greenlight.table.Table;
import org.HdrHistogram.Histogram;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Calls a model the way the plan says and records each call's latency. Batches are built before timing starts and
 * reused round-robin, so a recorded call is the model's work plus two clock reads and one histogram update: the
 * overhead a no-op model measures.
 */
final class Harness {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Process CPU time below which the calling threads' own CPU time is reported instead. */
    static final long PROCESS_CPU_MIN_NANOS = 100_000_000L;

    private final Model model;
    private final Map<Integer, List<Table>> batches;
    private final BenchPlan plan;

    /** @param batches for each batch size, the prepared tables to cycle through */
    Harness(Model model, Map<Integer, List<Table>> batches, BenchPlan plan) {
        this.model = model;
        this.batches = batches;
        this.plan = plan;
    }

    List<Measurement> batchSizes() {
        List<Measurement> out = new ArrayList<>();
        for (int size : plan.batchSizes()) {
            out.add(measure(size, 1));
        }
        return out;
    }

    List<Measurement> concurrency() {
        List<Measurement> out = new ArrayList<>();
        for (int threads : plan.concurrency()) {
            out.add(measure(1, threads));
        }
        return out;
    }

    /**
     * Calls the model with one row at a time for up to ten times the plan's warm-up (and at most its time limit)
     * before anything is measured, so the JIT has compiled the model's and the adapter's hot code (HotSpot's
     * optimising compiler starts after about 10,000 calls of a method) and the first measurement is not the slowest.
     */
    void warmUp() {
        run(batches.get(1), 1, plan.warmup() * 10, null, new AtomicLong());
    }

    private Measurement measure(int batchSize, int threads) {
        List<Table> tables = batches.get(batchSize);
        run(tables, threads, plan.warmup(), null, new AtomicLong());
        Histogram[] perThread = new Histogram[threads];
        for (int t = 0; t < threads; t++) {
            perThread[t] = new Histogram(3);
        }
        AtomicLong callerCpu = new AtomicLong();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        int calls = run(tables, threads, plan.iterations(), perThread, callerCpu);
        long wall = System.nanoTime() - t0;
        long cpu = processCpuNanos() - cpu0;
        Histogram all = new Histogram(3);
        for (Histogram h : perThread) {
            all.add(h);
        }
        long rows = (long) calls * batchSize;
        // the process's CPU time counts every thread (a runtime's own pools too) but in ticks of 10 ms on Linux;
        // below 100 ms of it, the calling threads' own CPU time (nanosecond resolution) is the better figure
        long used = cpu >= PROCESS_CPU_MIN_NANOS ? cpu : callerCpu.get();
        return new Measurement(batchSize, threads, LatencySummary.of(all), rows / (wall / 1e9),
                used < 0 ? Double.NaN : used / 1e6 / rows);
    }

    /**
     * Makes up to {@code calls} calls over all threads, stopping at the plan's time limit; returns how many were
     * made. With histograms, each thread records its own calls' latencies; each adds its CPU time to {@code cpu}.
     */
    private int run(List<Table> tables, int threads, int calls, Histogram[] record, AtomicLong cpu) {
        if (calls == 0) {
            return 0;
        }
        long deadline = System.nanoTime() + (long) (plan.maxSeconds() * 1e9);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger made = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Runnable loop = () -> {
                long cpu0 = THREADS.getCurrentThreadCpuTime();
                try {
                    Histogram h = record == null ? null : record[thread];
                    int k = thread;
                    while (failure.get() == null && next.getAndIncrement() < calls && System.nanoTime() < deadline) {
                        Table batch = tables.get(k++ % tables.size());
                        long start = System.nanoTime();
                        model.predict(batch);
                        long end = System.nanoTime();
                        if (h != null) {
                            h.recordValue(end - start);
                        }
                        made.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    cpu.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu0);
                    done.countDown();
                }
            };
            if (threads == 1) {
                loop.run();
            } else {
                Thread th = new Thread(loop, "greenlight-bench-" + t);
                th.setDaemon(true);
                th.start();
            }
        }
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the benchmark was interrupted", e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return made.get();
    }

    /** CPU time of every thread of this process, or -1 where the JVM cannot tell. */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
