package dev.greenlight.profile;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.table.ColumnType;
import org.apache.datasketches.common.ArrayOfStringsSerDe;
import org.apache.datasketches.frequencies.ItemsSketch;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.kll.KllDoublesSketch;
import org.apache.datasketches.memory.Memory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * The profile file format, version {@value #VERSION}: the 8 bytes {@code GLPROFIL}, a 4-byte format version, the
 * body, and a CRC-32 of everything before it. The body holds the source, the row count and each column in order:
 * kind, name, type, exact counts, then the column's numbers and sketches in DataSketches' own serial forms. Maps
 * are written in sorted order, so a profile always serialises to the same bytes and reading then writing a file
 * gives it back byte for byte.
 *
 * <p>A file that is not a profile, of another format version, truncated or altered is rejected with an
 * {@link InvalidDataException} that says which.
 */
public final class ProfileFile {
    /** The format version this code writes and reads. */
    public static final int VERSION = 1;
    static final byte[] MAGIC = "GLPROFIL".getBytes(StandardCharsets.US_ASCII);
    private static final byte NUMERIC = 1;
    private static final byte CATEGORICAL = 2;

    private ProfileFile() {
    }

    /**
     * Whether a stream starts with the profile magic bytes (data files never do); reads at most that many bytes.
     * {@code dev.greenlight.io.ProfileFiles} opens the files.
     */
    public static boolean isProfile(InputStream in) throws IOException {
        return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
    }

    public static byte[] toBytes(DatasetProfile profile) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buf)) {
            out.write(MAGIC);
            out.writeInt(VERSION);
            writeString(out, profile.source());
            out.writeLong(profile.rows());
            out.writeInt(profile.columns().size());
            for (ColumnProfile c : profile.columns()) {
                if (c instanceof NumericProfile n) {
                    writeNumeric(out, n);
                } else {
                    writeCategorical(out, (CategoricalProfile) c);
                }
            }
            CRC32 crc = new CRC32();
            crc.update(buf.toByteArray());
            out.writeInt((int) crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buf.toByteArray();
    }

    /**
     * @param where names the bytes' origin (a file) in error messages
     */
    public static DatasetProfile fromBytes(byte[] bytes, String where) {
        if (bytes.length < MAGIC.length + 8 || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            throw new InvalidDataException(where + ": not a Greenlight profile (expected a file written by "
                    + "'greenlight profile', starting with GLPROFIL)");
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        try {
            in.skipNBytes(MAGIC.length);
            int version = in.readInt();
            if (version != VERSION) {
                throw new InvalidDataException(where + ": profile format version " + version + " is not supported; "
                        + "this Greenlight reads version " + VERSION + " (profile the data again with this "
                        + "version)");
            }
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, bytes.length - 4);
            int stored = ((bytes[bytes.length - 4] & 0xff) << 24) | ((bytes[bytes.length - 3] & 0xff) << 16)
                    | ((bytes[bytes.length - 2] & 0xff) << 8) | (bytes[bytes.length - 1] & 0xff);
            if (stored != (int) crc.getValue()) {
                throw new InvalidDataException(where + ": the profile is corrupt (checksum mismatch: the file was "
                        + "truncated or altered after it was written)");
            }
            String source = readString(in);
            long rows = in.readLong();
            int n = in.readInt();
            if (n < 0 || n > in.available()) {
                // each column takes bytes: a count beyond those left is corruption, not a list to allocate
                throw new InvalidDataException(where + ": the profile is corrupt (it claims " + n + " columns in "
                        + in.available() + " bytes)");
            }
            List<ColumnProfile> columns = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                byte kind = in.readByte();
                if (kind == NUMERIC) {
                    columns.add(readNumeric(in));
                } else if (kind == CATEGORICAL) {
                    columns.add(readCategorical(in));
                } else {
                    throw new InvalidDataException(where + ": the profile is corrupt (column " + (i + 1)
                            + " has unknown kind " + kind + ")");
                }
            }
            return new DatasetProfile(source, rows, columns);
        } catch (EOFException e) {
            throw new InvalidDataException(where + ": the profile is corrupt (it ends early)", e);
        } catch (IOException | RuntimeException | AssertionError e) {
            // DataSketches checks a serialised sketch partly with assert: with assertions on (-ea), corrupt sketch
            // bytes raise an AssertionError where they otherwise raise an index error; both mean a corrupt file
            if (e instanceof InvalidDataException ide) {
                throw ide;
            }
            throw new InvalidDataException(where + ": the profile is corrupt (" + e.getMessage() + ")", e);
        }
    }

    private static void writeNumeric(DataOutputStream out, NumericProfile n) throws IOException {
        out.writeByte(NUMERIC);
        writeString(out, n.name());
        writeString(out, n.type().key());
        out.writeLong(n.count());
        out.writeLong(n.missing());
        out.writeDouble(n.rawMean());
        out.writeDouble(n.m2());
        out.writeDouble(n.min());
        out.writeDouble(n.max());
        writeBytes(out, n.quantileSketch().toByteArray());
        writeBytes(out, n.distinctSketch().toCompactByteArray());
    }

    private static NumericProfile readNumeric(DataInputStream in) throws IOException {
        String name = readString(in);
        ColumnType type = type(readString(in), name);
        long count = in.readLong();
        long missing = in.readLong();
        double mean = in.readDouble();
        double m2 = in.readDouble();
        double min = in.readDouble();
        double max = in.readDouble();
        KllDoublesSketch kll = quantileSketch(readBytes(in));
        byte[] distinct = readBytes(in);
        HllSketch hll = sketch("distinct-count", () -> HllSketch.heapify(distinct));
        return new NumericProfile(name, type, count, missing, mean, m2, min, max, kll, hll);
    }

    /**
     * A KLL sketch from its bytes. DataSketches sizes the heap copy from the header (k, the levels), so a corrupt
     * header would allocate without bound (found by fuzzing): the header is read through a read-only view first,
     * and must describe what Greenlight writes, the compact form at its k, whose size then follows from k.
     */
    private static KllDoublesSketch quantileSketch(byte[] bytes) {
        Memory memory = Memory.wrap(bytes);
        KllDoublesSketch view = KllDoublesSketch.wrap(memory);
        if (view.getK() != Sketches.KLL_K || view.isMemoryUpdatableFormat()) {
            throw new IllegalArgumentException("a quantile sketch " + (view.isMemoryUpdatableFormat()
                    ? "in the updatable form" : "with k = " + view.getK()) + ", where Greenlight writes the compact "
                    + "form with k = " + Sketches.KLL_K);
        }
        return sketch("quantile", () -> KllDoublesSketch.heapify(memory));
    }

    /**
     * A sketch read by DataSketches, which sizes its heap arrays from fields of the serialised header (levels, the
     * auxiliary map of an HLL sketch, the frequent-items map). A corrupt field can ask for an array larger than the
     * heap (found by fuzzing); the JVM refuses that request before allocating anything, and it means a corrupt
     * profile, not a lack of memory.
     */
    private static <T> T sketch(String kind, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (OutOfMemoryError e) {
            throw new IllegalArgumentException("a " + kind + " sketch whose header asks for more memory than the "
                    + "JVM has", e);
        }
    }

    private static void writeCategorical(DataOutputStream out, CategoricalProfile c) throws IOException {
        out.writeByte(CATEGORICAL);
        writeString(out, c.name());
        writeString(out, c.type().key());
        out.writeBoolean(c.frequenciesTracked());
        out.writeLong(c.count());
        out.writeLong(c.missing());
        TreeMap<String, Long> exact = c.exactMap();
        out.writeBoolean(exact != null);
        if (exact != null) {
            out.writeInt(exact.size());
            for (Map.Entry<String, Long> e : exact.entrySet()) {
                writeString(out, e.getKey());
                out.writeLong(e.getValue());
            }
        } else {
            writeBytes(out, c.frequentSketch().toByteArray(new ArrayOfStringsSerDe()));
        }
        writeBytes(out, c.distinctSketch().toCompactByteArray());
    }

    private static CategoricalProfile readCategorical(DataInputStream in) throws IOException {
        String name = readString(in);
        ColumnType type = type(readString(in), name);
        boolean tracked = in.readBoolean();
        long count = in.readLong();
        long missing = in.readLong();
        TreeMap<String, Long> exact = null;
        ItemsSketch<String> frequent = null;
        if (in.readBoolean()) {
            int k = in.readInt();
            if (k < 0 || k > in.available()) {
                throw new EOFException("a frequency table claims " + k + " values");
            }
            exact = new TreeMap<>();
            for (int i = 0; i < k; i++) {
                exact.put(readString(in), in.readLong());
            }
        } else {
            Memory items = Memory.wrap(readBytes(in));
            frequent = sketch("frequent-items", () -> ItemsSketch.getInstance(items, new ArrayOfStringsSerDe()));
        }
        byte[] distinct = readBytes(in);
        HllSketch hll = sketch("distinct-count", () -> HllSketch.heapify(distinct));
        return new CategoricalProfile(name, type, tracked, count, missing, exact, frequent, hll);
    }

    private static ColumnType type(String key, String column) {
        ColumnType t = ColumnType.fromKey(key);
        if (t == null) {
            throw new IllegalArgumentException("column '" + column + "' has unknown type '" + key + "'");
        }
        return t;
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        writeBytes(out, s.getBytes(StandardCharsets.UTF_8));
    }

    private static String readString(DataInputStream in) throws IOException {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }

    private static void writeBytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new EOFException("a field claims " + n + " bytes");
        }
        return in.readNBytes(n);
    }
}
