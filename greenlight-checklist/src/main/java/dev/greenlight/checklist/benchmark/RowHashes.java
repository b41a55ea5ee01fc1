package dev.greenlight.checklist.benchmark;

import dev.greenlight.table.Column;
import dev.greenlight.table.Table;

import java.util.List;

/**
 * 64-bit FNV-1a hashes of rows over chosen columns, to find rows that occur in two datasets. A collision needs
 * about 4 billion rows to become likely, far beyond what is compared here.
 */
final class RowHashes {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private RowHashes() {
    }

    static long[] list(Table t, List<String> columns) {
        List<Column> cols = columns.stream().filter(t::has).map(t::column).toList();
        long[] out = new long[t.rowCount()];
        for (int i = 0; i < out.length; i++) {
            long h = OFFSET;
            for (Column c : cols) {
                String v = c.format(i);
                h = mix(h, v == null ? "\u0000null" : v);
                h = (h ^ 0x1F) * PRIME;
            }
            out[i] = h;
        }
        return out;
    }

    private static long mix(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return h;
    }
}
