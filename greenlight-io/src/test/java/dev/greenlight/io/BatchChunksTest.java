package dev.greenlight.io;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Batches joined into one array of exactly their length, in order; a single batch is kept as it is. */
class BatchChunksTest {

    @Test
    void batchesJoinInOrderIntoAnArrayOfExactlyTheirLength() {
        BatchChunks<double[]> chunks = new BatchChunks<>(double[]::new);
        double[] a = chunks.append(2);
        a[0] = 1;
        a[1] = 2;
        chunks.append(0);
        double[] b = chunks.append(3);
        b[0] = 3;
        b[2] = Double.NaN;
        assertThat(chunks.size()).isEqualTo(5);
        assertThat(chunks.join()).containsExactly(1, 2, 3, 0, Double.NaN);
    }

    @Test
    void aSingleBatchIsNotCopied() {
        BatchChunks<int[]> chunks = new BatchChunks<>(int[]::new);
        int[] only = chunks.append(4);
        assertThat(chunks.join()).isSameAs(only);
    }
}
