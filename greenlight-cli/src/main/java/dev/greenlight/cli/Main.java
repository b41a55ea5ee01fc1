package dev.greenlight.cli;

import dev.greenlight.io.DuckDbLeftovers;
import dev.greenlight.io.DuckDbSource;

import java.util.Set;

/** Entry point of the {@code greenlight} command. */
public final class Main {
    /**
     * The commands that read data files: for them DuckDB and Arrow are loaded beside the command line's own start
     * (a core mostly waits during it), which took a 10,000-row drift comparison from a median of 1.62 s to 1.55 s.
     */
    static final Set<String> READ_DATA = Set.of("check", "diagnose", "drift", "fairness", "labels", "metrics",
            "monitor", "profile", "score", "skew", "slices", "split");

    private Main() {
    }

    public static void main(String[] args) {
        // the native library copies killed runs left in the temporary folder (55 MB each)
        DuckDbLeftovers.clean();
        Thread warmUp = null;
        if (args.length > 0 && READ_DATA.contains(args[0])) {
            warmUp = new Thread(DuckDbSource::warmUp, "greenlight-warm-up");
            warmUp.start();
        }
        int code = GreenlightCommand.execute(args, System.out, System.err);
        if (warmUp != null) {
            // never exit while it is inside DuckDB's native code (a command refused at once is over before it)
            try {
                warmUp.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        System.exit(code);
    }
}
