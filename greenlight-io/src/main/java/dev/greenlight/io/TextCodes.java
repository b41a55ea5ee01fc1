package dev.greenlight.io;

import org.apache.arrow.vector.VarCharVector;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dictionary codes of text values as they arrive in Arrow batches: each value's UTF-8 bytes are looked up in an
 * open-addressing table, and a {@link String} is made only for a value not seen before, instead of one per row.
 * Codes are dense and in order of first appearance.
 */
final class TextCodes {
    private final List<String> values = new ArrayList<>();
    /** The code of each distinct string, so that two byte sequences decoding to one string share a code. */
    private final Map<String, Integer> byString = new HashMap<>();
    /** Per slot, an entry's index plus one (0 = empty). */
    private int[] slots = new int[64];
    private byte[][] entryBytes = new byte[32][];
    private int[] entryHash = new int[32];
    private int[] entryCode = new int[32];
    private int entries;
    /** The batch's bytes and offsets, copied out of Arrow's buffers once per batch. */
    private byte[] data = new byte[0];
    private int[] offsets = new int[0];

    /** The distinct values so far, by code. */
    List<String> values() {
        return values;
    }

    /**
     * Writes the code of each of the vector's first {@code rows} values into {@code codes} from {@code at};
     * {@code missing} for a null.
     */
    void encode(VarCharVector vector, int rows, int[] codes, int at, int missing) {
        if (offsets.length < rows + 1) {
            offsets = new int[Math.max(rows + 1, offsets.length * 2)];
        }
        vector.getOffsetBuffer().nioBuffer(0, (rows + 1) * 4).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer()
                .get(offsets, 0, rows + 1);
        int from = offsets[0];
        int bytes = offsets[rows] - from;
        if (data.length < bytes) {
            data = new byte[Math.max(bytes, data.length * 2)];
        }
        vector.getDataBuffer().getBytes(from, data, 0, bytes);
        boolean anyNull = vector.getNullCount() > 0;
        for (int i = 0; i < rows; i++) {
            codes[at + i] = anyNull && vector.isNull(i) ? missing
                    : code(offsets[i] - from, offsets[i + 1] - offsets[i]);
        }
    }

    /** The same for a vector of another kind (DuckDB hands over VARCHAR as plain UTF-8 strings): by its text. */
    void encode(org.apache.arrow.vector.FieldVector vector, int rows, int[] codes, int at, int missing) {
        if (vector instanceof VarCharVector v) {
            encode(v, rows, codes, at, missing);
            return;
        }
        for (int i = 0; i < rows; i++) {
            codes[at + i] = vector.isNull(i) ? missing : code(String.valueOf(vector.getObject(i)));
        }
    }

    private int code(String value) {
        return byString.computeIfAbsent(value, v -> {
            values.add(v);
            return values.size() - 1;
        });
    }

    /** The code of the bytes {@code data[start, start + length)}. */
    private int code(int start, int length) {
        int h = 1;
        for (int i = start; i < start + length; i++) {
            h = 31 * h + data[i];
        }
        h *= 0x9E3779B9;
        int mask = slots.length - 1;
        for (int s = (h ^ (h >>> 16)) & mask; ; s = (s + 1) & mask) {
            int e = slots[s] - 1;
            if (e < 0) {
                return insert(s, h, start, length);
            }
            if (entryHash[e] == h && Arrays.equals(entryBytes[e], 0, entryBytes[e].length, data, start,
                    start + length)) {
                return entryCode[e];
            }
        }
    }

    private int insert(int slot, int h, int start, int length) {
        byte[] key = Arrays.copyOfRange(data, start, start + length);
        int code = code(new String(key, StandardCharsets.UTF_8));
        if (entries == entryBytes.length) {
            entryBytes = Arrays.copyOf(entryBytes, entries * 2);
            entryHash = Arrays.copyOf(entryHash, entries * 2);
            entryCode = Arrays.copyOf(entryCode, entries * 2);
        }
        entryBytes[entries] = key;
        entryHash[entries] = h;
        entryCode[entries] = code;
        slots[slot] = ++entries;
        if (entries * 2 > slots.length) {
            rehash();
        }
        return code;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int e = 0; e < entries; e++) {
            int h = entryHash[e];
            int s = (h ^ (h >>> 16)) & mask;
            while (slots[s] != 0) {
                s = (s + 1) & mask;
            }
            slots[s] = e + 1;
        }
    }
}
