package dev.greenlight.split;

import dev.greenlight.error.InvalidDataException;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Copies the records of a text data file (CSV with a header, or JSON Lines) to two files byte for byte, so a split
 * file holds exactly the source's text for each of its rows: no number is reformatted, no quoting changed. A record
 * ends at a line feed outside double quotes (RFC 4180 quoting, so a quoted field may hold line breaks); its line
 * ending is kept, and a last record without one gets the file's first line ending. Blank lines are dropped, as the
 * reader drops them. A {@code .gz} source is read and written compressed.
 */
final class RecordCopier {
    private final boolean header;

    /** @param header whether the first record is a header that both outputs start with (CSV) */
    RecordCopier(boolean header) {
        this.header = header;
    }

    /**
     * Writes each data record to {@code train} or {@code test} as {@code toTest} says.
     *
     * @return the number of data records read
     */
    int copy(Path source, boolean[] toTest, Path train, Path test) {
        boolean gz = source.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
        try (InputStream in = open(source, gz);
             OutputStream a = create(train, gz);
             OutputStream b = create(test, gz)) {
            ByteArrayOutputStream record = new ByteArrayOutputStream(256);
            byte[] ending = null;
            boolean quoted = false;
            int index = header ? -1 : 0;
            int c;
            while ((c = in.read()) >= 0) {
                record.write(c);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == '\n' && !quoted) {
                    byte[] bytes = record.toByteArray();
                    if (ending == null) {
                        ending = bytes.length > 1 && bytes[bytes.length - 2] == '\r' ? new byte[] {'\r', '\n'}
                                : new byte[] {'\n'};
                    }
                    index = emit(bytes, index, toTest, a, b, source);
                    record.reset();
                }
            }
            if (record.size() > 0) {
                record.write(ending == null ? new byte[] {'\n'} : ending);
                index = emit(record.toByteArray(), index, toTest, a, b, source);
            }
            return index;
        } catch (IOException e) {
            throw new InvalidDataException(source + ": cannot copy its rows (" + e.getMessage() + ")", e);
        }
    }

    private int emit(byte[] bytes, int index, boolean[] toTest, OutputStream train, OutputStream test, Path source)
            throws IOException {
        if (isBlank(bytes)) {
            return index;
        }
        if (index < 0) {
            train.write(bytes);
            test.write(bytes);
            return 0;
        }
        if (index >= toTest.length) {
            throw new InvalidDataException(source + ": found more records than the " + toTest.length + " rows the "
                    + "reader found (a quote character other than '\"'?); convert the file to plain CSV first");
        }
        (toTest[index] ? test : train).write(bytes);
        return index + 1;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static InputStream open(Path p, boolean gz) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(p), 1 << 16);
        return gz ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
    }

    private static OutputStream create(Path p, boolean gz) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16);
        return gz ? new BufferedOutputStream(new GZIPOutputStream(out, 1 << 16), 1 << 16) : out;
    }
}
