package dev.greenlight.client;

/**
 * The server refused a batch for good (400, 401, 403, 413): resending it unchanged cannot succeed. The message
 * is the server's, which names each wrong record's index and field.
 */
public final class RejectedBatchException extends RuntimeException {
    private final int status;
    private final String body;

    public RejectedBatchException(int status, String body) {
        super("greenlight serve refused the batch with HTTP " + status + ": " + body);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    /** The server's JSON answer. */
    public String body() {
        return body;
    }
}
