package dev.greenlight.serve.ingest;

import dev.greenlight.serve.store.PredictionRow;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WriteQueueTest {
    private static final List<PredictionRow> ONE = List.of(new PredictionRow("a", 0, "yes", 0.5, new Object[0]));

    @Test
    void aFullQueueRefusesAtOnceInsteadOfGrowing() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch writing = new CountDownLatch(1);
        try (WriteQueue q = new WriteQueue((p, l) -> {
            writing.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }, 2)) {
            var first = q.offer(ONE, List.of()).orElseThrow();
            assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(q.offer(ONE, List.of())).isPresent();
            assertThat(q.offer(ONE, List.of())).isPresent();
            assertThat(q.offer(ONE, List.of())).as("capacity 2, both taken").isEmpty();
            assertThat(first).isNotDone();
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFailedWriteFailsEveryBatchInItsCommit() {
        try (WriteQueue q = new WriteQueue((p, l) -> {
            throw new SQLException("disk full");
        }, 4)) {
            var f = q.offer(ONE, List.of()).orElseThrow();
            assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasMessageContaining("disk full");
        }
    }
}
