package dev.greenlight.cli;

import dev.greenlight.io.DuckDbLeftovers;

/** Entry point of the {@code greenlight} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // the native library copies killed runs left in the temporary folder (55 MB each)
        DuckDbLeftovers.clean();
        System.exit(GreenlightCommand.execute(args, System.out, System.err));
    }
}
