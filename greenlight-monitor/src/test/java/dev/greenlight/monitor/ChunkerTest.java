package dev.greenlight.monitor;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import dev.greenlight.time.Window;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChunkerTest {

    private static Table rows(int n) {
        double[] v = new double[n];
        return Table.of(NumericColumn.of("x", v));
    }

    @Property(tries = 200)
    void sizeAndCountChunksPartitionTheRowsInOrder(@ForAll @IntRange(min = 1, max = 500) int n,
                                                   @ForAll @IntRange(min = 1, max = 60) int k) {
        for (Chunking c : List.of(Chunking.bySize(Math.min(k, n)), Chunking.byCount(Math.min(k, n)))) {
            List<Chunker.Chunk> chunks = Chunker.chunks(rows(n), null, c, "the data");
            int next = 0;
            for (Chunker.Chunk ch : chunks) {
                assertThat(ch.firstRow()).isEqualTo(next);
                assertThat(ch.lastRow()).isEqualTo(next + ch.rows().length - 1);
                next = ch.lastRow() + 1;
            }
            assertThat(next).isEqualTo(n);
            assertThat(chunks.stream().filter(Chunker.Chunk::partial).count()).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void theLastShortSizeChunkIsPartial() {
        List<Chunker.Chunk> chunks = Chunker.chunks(rows(25), null, Chunking.bySize(10), "the data");
        assertThat(chunks).extracting(c -> c.rows().length).containsExactly(10, 10, 5);
        assertThat(chunks).extracting(Chunker.Chunk::partial).containsExactly(false, false, true);
    }

    @Test
    void periodChunksFollowTheCalendarWindow() {
        double[] t = new double[40];
        for (int i = 0; i < t.length; i++) {
            t[i] = LocalDate.of(2024, 1, 1).plusDays(i).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        }
        Table table = Table.of(new NumericColumn("ts", ColumnType.DATETIME, t));
        List<Chunker.Chunk> chunks = Chunker.chunks(table, "ts", Chunking.byPeriod(Window.parse("month")), "x");
        assertThat(chunks).extracting(Chunker.Chunk::start).containsExactly("2024-01-01", "2024-02-01");
        assertThat(chunks.get(1).end()).isEqualTo("2024-03-01");
        assertThat(chunks.get(1).firstRow()).isEqualTo(31);
        assertThat(chunks.get(1).partial()).isTrue();
    }

    @Test
    void tooLargeAChunkIsBadInput() {
        assertThatThrownBy(() -> Chunker.chunks(rows(8), null, Chunking.bySize(9), "the analysis data"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("the chunk size 9 is larger than the analysis data (8 rows); choose a size of at most 8 "
                        + "rows or chunk by count");
    }
}
