package dev.greenlight.error;

/**
 * A problem with what the user gave Greenlight (a configuration, a data file, an option), described in one
 * sentence that says what was expected, what was found and where. The command line prints the message, never
 * the stack trace, and exits with code 2.
 */
public class GreenlightException extends RuntimeException {

    public GreenlightException(String message) {
        super(message);
    }

    public GreenlightException(String message, Throwable cause) {
        super(message, cause);
    }
}
