package dev.greenlight.serve.ingest;

/**
 * Why one record of a batch was refused.
 *
 * @param index   the record's position in the batch, from 0 (the line, from 0, for NDJSON)
 * @param field   the field at fault, as a path ({@code features.age}); {@code null} when the record as a whole is
 * @param message what was expected and what was found
 */
public record RecordError(int index, String field, String message) {
}
