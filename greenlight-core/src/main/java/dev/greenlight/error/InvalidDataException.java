package dev.greenlight.error;

/** A data file that cannot be used as given: unreadable, malformed, or missing what the configuration names. */
public class InvalidDataException extends GreenlightException {

    public InvalidDataException(String message) {
        super(message);
    }

    public InvalidDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
