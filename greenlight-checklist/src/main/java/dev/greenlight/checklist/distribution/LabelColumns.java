package dev.greenlight.checklist.distribution;

import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.Column;
import dev.greenlight.table.ColumnType;

import java.util.ArrayList;
import java.util.List;

/** Class labels as a categorical column, whatever their storage (0/1 numbers or text). */
final class LabelColumns {
    private LabelColumns() {
    }

    static CategoricalColumn asLabels(Column c) {
        if (c instanceof CategoricalColumn cat) {
            return cat;
        }
        List<String> values = new ArrayList<>(c.size());
        for (int i = 0; i < c.size(); i++) {
            values.add(c.format(i));
        }
        return CategoricalColumn.of(c.name(), ColumnType.CATEGORICAL, values);
    }
}
