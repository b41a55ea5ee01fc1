package dev.greenlight.io;

import dev.greenlight.error.InvalidDataException;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A read that DuckDB refused, told as the user needs it: the file, the line and the column where it stopped, and
 * why. DuckDB's message puts the reason several lines down ("CSV Error on Line: 3", then the original line, then
 * "Invalid unicode ... detected"), followed by its options and suggestions; this keeps the line, the column and the
 * reason, in words that do not assume the user knows DuckDB's options.
 *
 * @param file   the file read
 * @param format its format
 * @param line   the 1-based line DuckDB names, or null
 * @param column the column DuckDB names, or null
 * @param cause  why the read failed, one clause
 */
public record ReadError(Path file, DataFormat format, Long line, String column, String cause) {

    private static final Pattern CSV_LINE = Pattern.compile("CSV Error on Line: (\\d+)");
    private static final Pattern JSON = Pattern.compile("Malformed JSON in file \"[^\"]*\", at byte (\\d+) in line "
            + "(\\d+): ([^\\n]*)");
    private static final Pattern CONVERT = Pattern.compile("Error when converting column \"([^\"]*)\"\\. Could not "
            + "convert string \"([^\"]*)\" to '(\\w+)'");
    private static final Pattern LINE_SIZE = Pattern.compile("Maximum line size of (\\d+) bytes exceeded\\. Actual "
            + "Size:\\s*(\\d+) bytes");
    private static final Pattern FIELDS = Pattern.compile("Expected Number of Columns: (\\d+) Found: (\\d+)");

    /** Reads DuckDB's message (the whole of it, not its first line). */
    public static ReadError of(Path file, DataFormat format, String message) {
        String m = message == null ? "" : message;
        Long line = null;
        String column = null;
        String cause;
        Matcher csv = CSV_LINE.matcher(m);
        if (csv.find()) {
            line = Long.valueOf(csv.group(1));
        }
        Matcher json = JSON.matcher(m);
        Matcher convert = CONVERT.matcher(m);
        Matcher size = LINE_SIZE.matcher(m);
        Matcher fields = FIELDS.matcher(m);
        if (json.find()) {
            line = Long.valueOf(json.group(2));
            cause = "malformed JSON at byte " + json.group(1) + " of the file (" + strip(json.group(3)) + ")";
        } else if (m.contains("Invalid unicode")) {
            cause = "the file is not UTF-8 text; save it as UTF-8";
        } else if (size.find()) {
            cause = "a line of " + size.group(2) + " bytes, over the limit of " + size.group(1) + " bytes (a quote "
                    + "that is never closed makes the rest of the file one line)";
        } else if (fields.find()) {
            cause = fields.group(2) + " fields where the header has " + fields.group(1);
        } else if (convert.find()) {
            column = convert.group(1);
            cause = "'" + convert.group(2) + "' is not " + typeWords(convert.group(3));
        } else if (m.contains("Error when sniffing file")) {
            cause = "no one CSV layout (delimiter, quoting, header) fits every line; check that each line has the "
                    + "header's number of fields and that quotes are closed";
        } else if (m.contains("too small to be a Parquet file") || m.contains("No magic bytes found")) {
            cause = "not a whole Parquet file (cut short, or another format under a Parquet name)";
        } else if (m.contains("GZIP")) {
            cause = "not valid gzip data (" + strip(firstLine(m)) + ")";
        } else {
            cause = strip(firstLine(m));
        }
        return new ReadError(file, format, line, column, cause);
    }

    /** One sentence: file, line, column, then the cause. */
    public String message() {
        return file + (line == null ? "" : ", line " + line) + (column == null ? "" : ", column '" + column + "'")
                + ": cannot read as " + format.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + cause;
    }

    public InvalidDataException exception(Throwable e) {
        return new InvalidDataException(message(), e);
    }

    /** DuckDB's first line, the whole message when it has one line. */
    static String firstLine(String message) {
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** Without DuckDB's error-class prefix ("Invalid Input Error: ") and its trailing punctuation. */
    private static String strip(String text) {
        String t = text.strip().replaceFirst("^[A-Z][A-Za-z ]* Error: ", "");
        t = t.replaceAll("[.\\s]+$", "");
        return t.isEmpty() ? "no detail from the reader" : t;
    }

    private static String typeWords(String duckType) {
        return switch (duckType.toUpperCase(Locale.ROOT)) {
            case "BIGINT", "INTEGER", "SMALLINT", "TINYINT", "HUGEINT", "UBIGINT" -> "a whole number";
            case "DOUBLE", "FLOAT", "DECIMAL" -> "a number";
            case "BOOLEAN" -> "true or false";
            case "DATE" -> "a date";
            case "TIMESTAMP", "TIMESTAMP WITH TIME ZONE", "TIME" -> "a time";
            default -> "of type " + duckType;
        };
    }
}
