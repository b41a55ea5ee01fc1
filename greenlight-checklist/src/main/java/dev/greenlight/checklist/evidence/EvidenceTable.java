package dev.greenlight.checklist.evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Tabular evidence (per-feature tests, metrics per dataset). Cells are text, numbers or null (shown as a dash).
 *
 * @param title   what the table shows
 * @param columns column headings
 * @param rows    rows of cells, each as long as {@code columns}
 * @param note    how the figures were produced, or null
 */
public record EvidenceTable(String title, List<String> columns, List<List<Object>> rows, String note) {

    public EvidenceTable {
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException("table '" + title + "': a row has " + r.size() + " cells for "
                        + columns.size() + " columns");
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(r)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    /** Builds a table row by row. */
    public static Builder builder(String title, String... columns) {
        return new Builder(title, Arrays.asList(columns));
    }

    public static final class Builder {
        private final String title;
        private final List<String> columns;
        private final List<List<Object>> rows = new ArrayList<>();
        private String note;

        private Builder(String title, List<String> columns) {
            this.title = title;
            this.columns = columns;
        }

        public Builder row(Object... cells) {
            rows.add(Arrays.asList(cells));
            return this;
        }

        public Builder note(String note) {
            this.note = note;
            return this;
        }

        public boolean isEmpty() {
            return rows.isEmpty();
        }

        public EvidenceTable build() {
            return new EvidenceTable(title, columns, rows, note);
        }
    }
}
