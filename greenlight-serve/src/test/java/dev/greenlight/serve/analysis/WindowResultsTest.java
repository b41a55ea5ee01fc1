package dev.greenlight.serve.analysis;

import dev.greenlight.monitor.ChunkFigures;
import dev.greenlight.serve.store.BatchSink;
import dev.greenlight.serve.store.StoreStats;
import dev.greenlight.serve.store.WriteOutcome;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which windows' figures are kept, and when they are dropped. */
class WindowResultsTest {
    private static final long HOUR = 3_600_000L;
    private static final long T0 = 1_764_547_200_000L; // 2025-12-01T00:00:00Z
    private static final WindowResults.Key H0 = new WindowResults.Key(WindowSize.HOUR, T0);
    private static final WindowResults.Key H1 = new WindowResults.Key(WindowSize.HOUR, T0 + HOUR);
    private static final WindowResults.Key D0 = new WindowResults.Key(WindowSize.DAY, T0);

    /** A store whose writes touch the given times, one write after another from the given count on. */
    private static final class FakeStore implements BatchSink {
        final Deque<long[]> touches = new ArrayDeque<>();
        long writes;

        FakeStore(long writes) {
            this.writes = writes;
        }

        @Override
        public WriteOutcome write(List<dev.greenlight.serve.store.PredictionRow> p,
                                  List<dev.greenlight.serve.store.LabelRow> l) {
            StoreStats before = new StoreStats(0, 0, 0, writes);
            writes++;
            return new WriteOutcome(before, new StoreStats(0, 0, 0, writes), touches.poll());
        }
    }

    private static WindowResults.Entry entry(int rows) {
        return new WindowResults.Entry(null, rows);
    }

    @Test
    void aWriteDropsTheHourAndTheDayItTouchedAndNoOther() throws Exception {
        FakeStore store = new FakeStore(5);
        WindowResults r = new WindowResults(5);
        BatchSink sink = r.recording(store);
        long g = r.begin(5);
        r.offer(H0, entry(1), g);
        r.offer(H1, entry(2), g);
        r.offer(D0, entry(3), g);
        store.touches.add(new long[]{T0 + HOUR + 10});
        sink.write(List.of(), List.of());
        assertThat(r.get(H0)).isNotNull();
        assertThat(r.get(H1)).as("the hour of the late label").isNull();
        assertThat(r.get(D0)).as("its day").isNull();
    }

    @Test
    void figuresComputedFromRowsReadBeforeAWriteToTheirWindowAreNotKept() throws Exception {
        FakeStore store = new FakeStore(0);
        WindowResults r = new WindowResults(0);
        BatchSink sink = r.recording(store);
        long g = r.begin(0);            // a query begins, then reads the rows of H0 ...
        store.touches.add(new long[]{T0});
        sink.write(List.of(), List.of()); // ... a write lands in H0 meanwhile
        r.offer(H0, entry(1), g);        // the query's figures of H0 are stale
        r.offer(H1, entry(1), g);        // those of H1 are not
        assertThat(r.get(H0)).isNull();
        assertThat(r.get(H1)).isNotNull();
        long later = r.begin(1);
        r.offer(H0, entry(2), later);
        assertThat(r.get(H0).rows()).isEqualTo(2);
    }

    @Test
    void anotherServersWriteDropsEverything() throws Exception {
        FakeStore store = new FakeStore(7);
        WindowResults r = new WindowResults(7);
        long g = r.begin(7);
        r.offer(H0, entry(1), g);
        assertThat(r.begin(7)).isEqualTo(7);
        assertThat(r.get(H0)).isNotNull();
        long after = r.begin(9); // the store counts two writes this server did not make
        assertThat(r.get(H0)).isNull();
        r.offer(H0, entry(1), g);
        assertThat(r.get(H0)).as("begun before the foreign writes were seen").isNull();
        r.offer(H0, entry(1), after);
        assertThat(r.get(H0)).isNotNull();
        store.writes = 12; // and once more, seen by this server's own next write
        store.touches.add(new long[0]);
        r.recording(store).write(List.of(), List.of());
        assertThat(r.get(H0)).isNull();
    }

    @Test
    void aCountReadBeforeThisServersOwnWriteDropsNothing() {
        WindowResults r = new WindowResults(3);
        long g = r.begin(3);
        r.offer(H0, new WindowResults.Entry((ChunkFigures) null, 1), g);
        r.begin(2);
        assertThat(r.get(H0)).isNotNull();
    }
}
