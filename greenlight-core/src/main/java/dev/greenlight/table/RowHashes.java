package dev.greenlight.table;

import java.util.List;

/**
 * A 64-bit hash of each row over given columns, by value (not by dictionary code), so rows of two tables compare:
 * numbers by their bits ({@code -0.0} as {@code 0.0}, every NaN alike), categories by their text. Values are mixed
 * with the SplitMix64 finaliser (Steele, Lea and Flood 2014); two different rows share a hash with probability
 * about 2^-64 per pair. Duplicate rows, rows shared between train and test, and leakage checks all use this one
 * hash.
 */
public final class RowHashes {
    private RowHashes() {
    }

    /** The hash of every row of {@code table} over {@code columns} (each must be a column of the table). */
    public static long[] of(Table table, List<String> columns) {
        long[] h = new long[table.rowCount()];
        for (String name : columns) {
            Column c = table.column(name);
            long[] valueHash = c instanceof CategoricalColumn cat ? dictionaryHashes(cat) : null;
            for (int i = 0; i < h.length; i++) {
                long v;
                if (c instanceof NumericColumn n) {
                    double x = n.get(i);
                    v = Double.isNaN(x) ? 0x7ff8000000000000L : Double.doubleToLongBits(x == 0 ? 0.0 : x);
                } else {
                    int code = ((CategoricalColumn) c).code(i);
                    v = code == CategoricalColumn.MISSING ? 0x7ff8000000000001L : valueHash[code];
                }
                h[i] = mix(h[i] * 31 + v);
            }
        }
        return h;
    }

    private static long[] dictionaryHashes(CategoricalColumn c) {
        long[] out = new long[c.dictionary().size()];
        for (int k = 0; k < out.length; k++) {
            String s = c.dictionary().get(k);
            long x = 1125899906842597L;
            for (int j = 0; j < s.length(); j++) {
                x = 31 * x + s.charAt(j);
            }
            out[k] = mix(x);
        }
        return out;
    }

    /** The SplitMix64 finaliser: a bijection on 64-bit values that spreads every input bit over the output. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
