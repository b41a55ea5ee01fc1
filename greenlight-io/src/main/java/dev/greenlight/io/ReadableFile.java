package dev.greenlight.io;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.provenance.RegularFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The checks made before a data file is hashed or handed to DuckDB, each cheap and each with its own message: the
 * file is a readable regular file ({@link RegularFile}: a device such as {@code /dev/zero}, a pipe or a socket is
 * refused, since reading one may never end), not empty, and its first bytes fit its name (gzip for
 * {@code .gz}, {@code PAR1} for Parquet, text without zero bytes for CSV and JSON Lines). A 2 GB file of the wrong
 * kind is refused in milliseconds instead of after hashing all of it.
 */
public final class ReadableFile {
    /** How much of the start of a file is looked at. */
    static final int SNIFF_BYTES = 4096;
    private static final byte[] PARQUET_MAGIC = {'P', 'A', 'R', '1'};

    private ReadableFile() {
    }

    /** Checks {@code file} and returns its size in bytes; throws an {@link InvalidDataException} naming it otherwise. */
    public static long require(Path file) {
        long size = RegularFile.require(file);
        if (size == 0) {
            throw new InvalidDataException(file + ": the file is empty (0 bytes)");
        }
        requireContentFitsName(file);
        return size;
    }

    private static void requireContentFitsName(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            throw new InvalidDataException(file + ": cannot read the file (" + e.getMessage() + ")", e);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            if (head.length < 2 || (head[0] & 0xff) != 0x1f || (head[1] & 0xff) != 0x8b) {
                throw new InvalidDataException(file + ": is named .gz but is not gzip-compressed; rename it or "
                        + "compress it with gzip");
            }
            return;
        }
        DataFormat format;
        try {
            format = DataFormat.of(file);
        } catch (InvalidDataException unknown) {
            return; // the reader names the formats it knows
        }
        if (format == DataFormat.PARQUET) {
            if (!startsWith(head, PARQUET_MAGIC)) {
                throw new InvalidDataException(file + ": is named ." + extension(name) + " but is not a Parquet file "
                        + "(it does not start with PAR1)");
            }
            return;
        }
        if (head.length >= 2 && ((head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe
                || (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff)) {
            throw new InvalidDataException(file + ": is UTF-16 text (it starts with a UTF-16 byte-order mark); save "
                    + "it as UTF-8");
        }
        for (int i = 0; i < head.length; i++) {
            if (head[i] == 0) {
                throw new InvalidDataException(file + ": holds binary data (a zero byte at offset " + i + "), not the "
                        + "text a ." + extension(name) + " file should hold; is it another format under a wrong "
                        + "name?");
            }
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String extension(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
