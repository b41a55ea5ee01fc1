package dev.greenlight.io;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VarCharVector;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Text values coded from Arrow's bytes get the codes a string-keyed dictionary gives, in order of appearance. */
class TextCodesTest {

    @Test
    void codesInOrderOfFirstAppearanceAcrossBatchesWithNulls() {
        TextCodes dictionary = new TextCodes();
        int[] codes = new int[7];
        try (BufferAllocator allocator = new RootAllocator(); VarCharVector v = new VarCharVector("c", allocator)) {
            fill(v, "b", null, "a", "b");
            dictionary.encode(v, 4, codes, 0, -1);
            fill(v, "ä€", "a", "");
            dictionary.encode(v, 3, codes, 4, -1);
        }
        assertThat(codes).containsExactly(0, -1, 1, 0, 2, 1, 3);
        assertThat(dictionary.values()).containsExactly("b", "a", "ä€", "");
    }

    @Test
    void manyDistinctValuesKeepTheirCodesThroughRehashing() {
        TextCodes dictionary = new TextCodes();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            values.add("v" + (i * 7919 % 5_000));
        }
        int[] first = new int[values.size()];
        int[] again = new int[values.size()];
        try (BufferAllocator allocator = new RootAllocator(); VarCharVector v = new VarCharVector("c", allocator)) {
            fill(v, values.toArray(new String[0]));
            dictionary.encode(v, values.size(), first, 0, -1);
            dictionary.encode(v, values.size(), again, 0, -1);
        }
        assertThat(again).containsExactly(first);
        for (int i = 0; i < values.size(); i++) {
            assertThat(first[i]).isEqualTo(i);
            assertThat(dictionary.values().get(first[i])).isEqualTo(values.get(i));
        }
    }

    private static void fill(VarCharVector v, String... values) {
        v.reset();
        v.allocateNew(values.length);
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                v.setNull(i);
            } else {
                v.setSafe(i, values[i].getBytes(StandardCharsets.UTF_8));
            }
        }
        v.setValueCount(values.length);
    }
}
