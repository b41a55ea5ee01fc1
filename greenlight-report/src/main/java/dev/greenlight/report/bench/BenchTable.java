package dev.greenlight.report.bench;

import dev.greenlight.model.bench.BenchReport;
import dev.greenlight.model.bench.Measurement;
import dev.greenlight.model.bench.ModelBenchmark;
import dev.greenlight.text.Figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark as aligned text: one block per model, a row per batch size and concurrency level. */
public final class BenchTable {

    private BenchTable() {
    }

    public static String render(BenchReport r) {
        StringBuilder b = new StringBuilder();
        b.append("Harness overhead per call (no-op model): p50 ").append(ms(r.overhead().p50())).append(", p99 ")
                .append(ms(r.overhead().p99())).append('\n');
        b.append("Machine: ").append(r.machine().get("cpus")).append(" CPUs (").append(r.machine().get("cpu"))
                .append("), ").append(r.machine().get("java")).append("; plan: ").append(r.plan().warmup())
                .append(" warm-up calls, up to ").append(r.plan().iterations()).append(" recorded calls or ")
                .append(r.plan().maxSeconds()).append(" s per measurement\n");
        for (ModelBenchmark m : r.models()) {
            b.append('\n').append(m.name()).append(" (").append(m.type()).append(", ").append(m.role())
                    .append(")");
            if (!m.ok()) {
                b.append(": FAILED: ").append(m.error()).append('\n');
                continue;
            }
            b.append(": ").append(m.runtime()).append('\n');
            b.append("  load ").append(ms(m.loadMs())).append(", size ").append(mib(m.modelSizeMb()))
                    .append(", peak RSS ").append(mib(m.peakRssMb())).append(", peak heap ")
                    .append(mib(m.peakHeapMb())).append(", best throughput ")
                    .append(Figures.format(m.throughputPerS())).append(" rows/s, cost per 1,000 ")
                    .append(m.costPer1k() == null ? "- (no bench.instance_hour)"
                            : Figures.format(m.costPer1k()) + " " + m.currency()).append('\n');
            b.append(String.format(Locale.ROOT, "  %6s %7s %10s %10s %10s %10s %10s %12s %10s%n", "rows",
                    "threads", "p50 ms", "p90 ms", "p99 ms", "p99.9 ms", "max ms", "rows/s", "CPU ms/row"));
            List<Measurement> all = new ArrayList<>(m.batches());
            all.addAll(m.concurrency());
            for (Measurement x : all) {
                var l = x.latency();
                b.append(String.format(Locale.ROOT, "  %6d %7d %10s %10s %10s %10s %10s %12s %10s%n",
                        x.batchSize(), x.threads(), Figures.format(l.p50()), Figures.format(l.p90()),
                        Figures.format(l.p99()), Figures.format(l.p999()), Figures.format(l.max()),
                        Figures.format(x.throughputPerS()), Double.isNaN(x.cpuMsPerPrediction()) ? "-"
                                : Figures.format(x.cpuMsPerPrediction())));
            }
        }
        return b.toString();
    }

    private static String ms(double v) {
        return Figures.format(v) + " ms";
    }

    private static String mib(Double v) {
        return v == null ? "-" : Figures.format(v) + " MiB";
    }
}
