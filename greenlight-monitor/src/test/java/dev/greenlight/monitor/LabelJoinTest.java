package dev.greenlight.monitor;

import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LabelJoinTest {
    private static final MonitorColumns COLUMNS = MonitorColumns.binary("id", "y", "p", null, "t")
            .withLabelTimestamp("lt");

    private static Table reference() {
        return Table.of(NumericColumn.of("id", 1, 2, 3, 4), CategoricalColumn.of("y", "0", "1", "0", "1"),
                NumericColumn.of("p", 0.1, 0.9, 0.2, 0.8));
    }

    @Test
    void labelsJoinByIdWithAnyDelayAndCountWhatDoesNotFit() {
        Table analysis = Table.of(NumericColumn.of("id", 10, 11, 12, 12), NumericColumn.of("p", 0.1, 0.9, 0.5, 0.5),
                new NumericColumn("t", ColumnType.DATETIME, new double[]{0, 100, 200, 300}));
        // id 11 twice (disagreeing), id 99 unknown, id 12 labels both analysis rows holding it; 10 unlabelled
        Table labels = Table.of(CategoricalColumn.of("id", "11", "12", "11", "99"),
                CategoricalColumn.of("y", "1", "0", "0", "1"),
                new NumericColumn("lt", ColumnType.DATETIME, new double[]{3700, 4000, 5000, 6000}));
        ModelOutputs.ClassSet classes = ModelOutputs.ClassSet.of(reference(), COLUMNS);
        LabelJoin.Truth t = LabelJoin.analysis(analysis, labels, COLUMNS, classes);
        assertThat(t.classes()).containsExactly(-1, 1, 0, 0);
        assertThat(t.summary().unknownIds()).isEqualTo(1);
        assertThat(t.summary().duplicateIds()).isEqualTo(1);
        assertThat(t.summary().conflictingIds()).isEqualTo(1);
        assertThat(t.summary().duplicateAnalysisIds()).isEqualTo(1);
        assertThat(t.summary().labelledRows()).isEqualTo(3);
        assertThat(t.summary().examples()).contains("duplicate id 11 (labels row 3)", "unknown id 99 (labels row 4)");
        assertThat(t.labelTimes()[1]).isEqualTo(3700);
    }

    @Test
    void theLabelDelayIsMeasuredPerChunk() {
        Table analysis = Table.of(NumericColumn.of("id", 10, 11, 12, 13, 14, 15),
                NumericColumn.of("p", 0.1, 0.9, 0.5, 0.5, 0.3, 0.7),
                new NumericColumn("t", ColumnType.DATETIME, new double[]{0, 0, 0, 0, 0, 0}));
        Table labels = Table.of(NumericColumn.of("id", 10, 11, 12, 13, 14, 15),
                CategoricalColumn.of("y", "0", "1", "0", "1", "0", "1"),
                new NumericColumn("lt", ColumnType.DATETIME, new double[]{10, 20, 30, 40, 50, 60}));
        Table ref = Table.of(NumericColumn.of("id", 1, 2, 3, 4, 5, 6), CategoricalColumn.of("y", "0", "1", "0", "1",
                "0", "1"), NumericColumn.of("p", 0.1, 0.9, 0.2, 0.8, 0.3, 0.6),
                new NumericColumn("t", ColumnType.DATETIME, new double[]{0, 0, 0, 0, 0, 0}));
        MonitorResult r = MonitorEngine.run(ref, analysis, labels, COLUMNS.withFeatures(List.of("id")),
                MonitorOptions.defaults().withChunking(Chunking.bySize(6)).withDrift(false, false));
        ChunkResult.LabelDelay d = r.chunks(Period.ANALYSIS).get(0).labelDelay();
        assertThat(d.labels()).isEqualTo(6);
        assertThat(d.median()).isEqualTo(35);
        assertThat(d.p90()).isCloseTo(55, within(1e-9));
        assertThat(d.max()).isEqualTo(60);
    }
}
