package dev.greenlight.split;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Pseudo-random 64-bit keys that order rows and groups reproducibly on every platform and in every language: the
 * output function of SplitMix64 (Steele, Lea &amp; Flood 2014, "Fast splittable pseudorandom number generators"),
 * applied to {@code seed + (i + 1) * 0x9E3779B97F4A7C15} for row i, or to the seed plus the first 8 bytes (big-endian)
 * of the SHA-256 of a group's UTF-8 text. Keys compare as unsigned numbers; ties (astronomically rare) fall back to
 * the row number or the group text.
 */
final class RowKeys {
    static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private RowKeys() {
    }

    /** The key of data row {@code row} (0-based). */
    static long row(long seed, int row) {
        return mix(seed + (row + 1L) * GOLDEN_GAMMA);
    }

    /** The key of a group value. */
    static long group(long seed, String value) {
        return mix(seed + prefix(value) * GOLDEN_GAMMA);
    }

    /** SplitMix64's finaliser (a variant of MurmurHash3's fmix64). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long prefix(String value) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (d[i] & 0xFF);
            }
            return v;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
