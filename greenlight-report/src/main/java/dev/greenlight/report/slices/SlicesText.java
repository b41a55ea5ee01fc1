package dev.greenlight.report.slices;

import dev.greenlight.slices.Segment;
import dev.greenlight.slices.WeakSegmentSearch;
import dev.greenlight.text.Figures;

import java.util.List;

/** The weak-slice search as the text {@code greenlight slices} prints. */
public final class SlicesText {
    private SlicesText() {
    }

    public static String render(int n, WeakSegmentSearch.Options o, List<Segment> segments) {
        StringBuilder b = new StringBuilder();
        long weak = segments.stream().filter(Segment::weak).count();
        b.append(weak == 0 ? "No slice is significantly weaker" : weak + " weak slice(s)").append(" (").append(n)
                .append(" rows; slices of at least ").append(o.minSize()).append(" rows; corrected p < ")
                .append(Figures.format(o.alpha())).append(").\n");
        for (Segment s : segments) {
            b.append(s.weak() ? "  WEAK  " : "        ").append(s.description()).append(" (corrected p = ")
                    .append(Figures.format(s.pValue())).append(")\n");
        }
        return b.toString();
    }
}
