package dev.greenlight.model.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/** This process's peak memory: resident set from the kernel, Java heap from the JVM's memory pools. */
final class ProcessMemory {
    private static final double MIB = 1024.0 * 1024.0;

    private ProcessMemory() {
    }

    /**
     * The peak resident set size ({@code VmHWM} in {@code /proc/self/status}: the kernel's high-water mark of
     * resident pages, native memory such as ONNX Runtime's included), MiB; null off Linux.
     */
    static Double peakRssMb() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return null;
        }
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    String kb = line.substring(6).strip().split("\\s+")[0];
                    return Long.parseLong(kb) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** The sum of the heap pools' peak usage, MiB: an upper bound on the peak of the heap as a whole. */
    static double peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / MIB;
    }
}
