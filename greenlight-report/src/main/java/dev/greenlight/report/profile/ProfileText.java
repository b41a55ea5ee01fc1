package dev.greenlight.report.profile;

import dev.greenlight.profile.CategoricalProfile;
import dev.greenlight.profile.ColumnProfile;
import dev.greenlight.profile.DatasetProfile;
import dev.greenlight.profile.NumericProfile;
import dev.greenlight.profile.Sketches;
import dev.greenlight.report.TextTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A dataset profile as a plain-text table: one row per column, numbers and top categories. */
public final class ProfileText {
    private static final int TOP = 3;

    private ProfileText() {
    }

    public static String render(DatasetProfile p) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"column", "type", "count", "missing", "distinct", "mean", "sd", "min", "median", "max",
            "top categories"});
        for (ColumnProfile c : p.columns()) {
            String distinct = String.format(Locale.ROOT, "%s%.0f", c instanceof CategoricalProfile cp
                    && cp.exactFrequencies() ? "" : "~", c.distinctEstimate());
            if (c instanceof NumericProfile n) {
                boolean any = n.present() > 0;
                rows.add(new String[] {c.name(), c.type().key(), Long.toString(c.count()), Long.toString(c.missing()),
                    distinct, any ? f(n.mean()) : "-", any ? f(n.standardDeviation()) : "-", any ? f(n.min()) : "-",
                    any ? "~" + f(n.quantile(0.5)) : "-", any ? f(n.max()) : "-", ""});
            } else {
                CategoricalProfile cat = (CategoricalProfile) c;
                rows.add(new String[] {c.name(), c.type().key(), Long.toString(c.count()), Long.toString(c.missing()),
                    distinct, "", "", "", "", "", top(cat)});
            }
        }
        return "Profile of " + p.source() + ": " + p.rows() + " rows, " + p.columns().size() + " columns\n"
                + TextTable.render(rows) + String.format(Locale.ROOT, "Medians from KLL sketches (rank error %.4f, "
                + "99%% confidence); distinct counts marked ~ from HLL (relative standard error %.4f).%n",
                Sketches.KLL_RANK_ERROR, Sketches.HLL_RSE);
    }

    private static String top(CategoricalProfile c) {
        if (!c.frequenciesTracked()) {
            return "(free text)";
        }
        List<String> out = new ArrayList<>();
        c.frequencies().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(TOP)
                .forEach(e -> out.add(String.format(Locale.ROOT, "%s %.1f%%", e.getKey(),
                        100.0 * e.getValue() / Math.max(1, c.present()))));
        long shown = c.frequencies().size();
        return String.join(", ", out) + (shown > TOP ? ", +" + (shown - TOP) + " more" : "");
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 1e6 || (v != 0 && Math.abs(v) < 1e-3) ? "%.3g" : "%.4g", v);
    }
}
