package dev.greenlight.checklist;

/**
 * A dataset as the report identifies it.
 *
 * @param role    train, test, validation or production
 * @param path    the file
 * @param format  csv, parquet or json_lines
 * @param sha256  content hash of the file
 * @param rows    rows read
 * @param columns columns read
 */
public record DatasetInfo(String role, String path, String format, String sha256, int rows, int columns) {
}
