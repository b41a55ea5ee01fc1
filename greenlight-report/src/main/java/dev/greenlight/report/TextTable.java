package dev.greenlight.report;

import java.util.List;

/** Rows of text cells as left-aligned columns separated by two spaces, for terminal output. */
public final class TextTable {
    private TextTable() {
    }

    /** Left-aligned columns separated by two spaces. */
    public static String render(List<String[]> rows) {
        int[] width = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                line.append(i == 0 ? "" : "  ").append(String.format("%-" + width[i] + "s", r[i]));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
