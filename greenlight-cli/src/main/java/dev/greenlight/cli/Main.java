package dev.greenlight.cli;

/** Entry point of the {@code greenlight} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(GreenlightCommand.execute(args, System.out, System.err));
    }
}
