package dev.greenlight.serve.ingest;

import java.util.List;

/** A batch refused as a whole, with an HTTP status and, where records were at fault, every record's error. */
public final class BatchRejected extends RuntimeException {
    private final int status;
    private final transient List<RecordError> errors;

    public BatchRejected(int status, String message, List<RecordError> errors) {
        super(message, null, false, false);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public BatchRejected(int status, String message) {
        this(status, message, List.of());
    }

    public int status() {
        return status;
    }

    public List<RecordError> errors() {
        return errors;
    }
}
