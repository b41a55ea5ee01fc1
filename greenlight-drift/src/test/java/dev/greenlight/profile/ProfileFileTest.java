package dev.greenlight.profile;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The profile file: reading and writing back gives identical bytes; damaged files are named as such. */
class ProfileFileTest {
    /** Large enough for the KLL sketch to compact and for a column to overflow into the frequent-items sketch. */
    static DatasetProfile sample() {
        Random r = new Random(3);
        int n = 30_000;
        double[] x = new double[n];
        List<String> small = new ArrayList<>();
        List<String> wide = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            x[i] = i % 97 == 0 ? Double.NaN : r.nextGaussian();
            small.add(i % 50 == 0 ? null : "k" + r.nextInt(5));
            wide.add("id" + r.nextInt(20_000));
        }
        return Profiler.of(Table.of(new NumericColumn("x", ColumnType.NUMERIC, x),
                CategoricalColumn.of("small", ColumnType.CATEGORICAL, small),
                CategoricalColumn.of("wide", ColumnType.CATEGORICAL, wide)), "sample.csv");
    }

    @Test
    void roundTripGivesIdenticalBytes() {
        DatasetProfile p = sample();
        assertThat(((CategoricalProfile) p.column("wide")).exactFrequencies()).isFalse();
        assertThat(((NumericProfile) p.column("x")).rankError()).isPositive();
        byte[] first = ProfileFile.toBytes(p);
        DatasetProfile back = ProfileFile.fromBytes(first, "memory");
        byte[] second = ProfileFile.toBytes(back);
        assertThat(second).isEqualTo(first);
        assertThat(back.rows()).isEqualTo(30_000);
        NumericProfile x = (NumericProfile) back.column("x");
        assertThat(x.missing()).isEqualTo(310);
        assertThat(x.quantile(0.5)).isEqualTo(((NumericProfile) p.column("x")).quantile(0.5));
        assertThat(((CategoricalProfile) back.column("small")).frequencies())
                .isEqualTo(((CategoricalProfile) p.column("small")).frequencies());
    }

    @Test
    void histogramCountsEveryPresentValue() {
        NumericProfile x = (NumericProfile) sample().column("x");
        Histogram h = x.histogram(10);
        assertThat(h.edges()).hasSize(11);
        assertThat(h.edges()[0]).isEqualTo(x.min());
        assertThat(h.edges()[10]).isEqualTo(x.max());
        assertThat(java.util.Arrays.stream(h.counts()).sum()).isCloseTo(x.present(),
                org.assertj.core.data.Offset.offset(1e-6));
        // a standard normal sample: the bins around 0 hold the most
        assertThat(h.counts()[4] + h.counts()[5]).isGreaterThan(h.counts()[0] + h.counts()[9]);
    }

    @Test
    void recognisesAProfileByItsFirstBytes() throws Exception {
        assertThat(ProfileFile.isProfile(new java.io.ByteArrayInputStream(ProfileFile.toBytes(sample())))).isTrue();
        assertThat(ProfileFile.isProfile(new java.io.ByteArrayInputStream("a,b\n1,2\n".getBytes()))).isFalse();
        assertThat(ProfileFile.isProfile(new java.io.ByteArrayInputStream(new byte[3]))).isFalse();
    }

    @Test
    void corruptTruncatedForeignAndNewerFilesAreRejectedPrecisely() {
        byte[] good = ProfileFile.toBytes(sample());
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 1;
        assertThatThrownBy(() -> ProfileFile.fromBytes(flipped, "a.glprofile")).isInstanceOf(InvalidDataException.class)
                .hasMessage("a.glprofile: the profile is corrupt (checksum mismatch: the file was truncated or "
                        + "altered after it was written)");
        byte[] cut = java.util.Arrays.copyOf(good, good.length / 3);
        assertThatThrownBy(() -> ProfileFile.fromBytes(cut, "b")).hasMessageContaining("b: the profile is corrupt");
        assertThatThrownBy(() -> ProfileFile.fromBytes("a,b\n1,2\n".getBytes(), "data.csv"))
                .hasMessageStartingWith("data.csv: not a Greenlight profile");
        byte[] newer = good.clone();
        ByteBuffer.wrap(newer).putInt(8, 99);
        assertThatThrownBy(() -> ProfileFile.fromBytes(newer, "new.glprofile"))
                .hasMessage("new.glprofile: profile format version 99 is not supported; this Greenlight reads "
                        + "version 1 (profile the data again with this version)");
    }
}
