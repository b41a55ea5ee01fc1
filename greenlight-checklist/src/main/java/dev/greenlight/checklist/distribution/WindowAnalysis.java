package dev.greenlight.checklist.distribution;

import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.Measurements;
import dev.greenlight.checklist.data.PreparedDataset;
import dev.greenlight.checklist.evidence.Chart;
import dev.greenlight.checklist.evidence.EvidenceTable;
import dev.greenlight.drift.ColumnDrift;
import dev.greenlight.drift.ColumnRole;
import dev.greenlight.drift.Correction;
import dev.greenlight.drift.DriftOptions;
import dev.greenlight.drift.WindowDrift;
import dev.greenlight.drift.WindowedDrift;
import dev.greenlight.time.Window;
import dev.greenlight.error.GreenlightException;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drift per time window: with a timestamp column, the test and production rows are grouped by calendar window
 * ({@code checks.data_distribution.window}: day, week or month; default month) and each window is compared with the
 * whole training data, as NannyML's chunked drift, so a change that starts part-way through the period shows. A
 * window where a feature drifts warns.
 */
final class WindowAnalysis {

    private WindowAnalysis() {
    }

    /**
     * Whether each column of each window drifted, with the p-values of every window and column corrected together:
     * the engine corrects within one comparison, and testing many windows would otherwise multiply false alarms.
     * Distance tests (no p-value) keep the engine's decision.
     */
    static Map<ColumnDrift, Boolean> correctAcrossWindows(List<WindowDrift> windows, Correction correction) {
        List<ColumnDrift> all = new ArrayList<>();
        windows.forEach(w -> all.addAll(w.report().columns()));
        double[] raw = all.stream().mapToDouble(ColumnDrift::pValue).toArray();
        double[] adjusted = correction.adjust(raw);
        Map<ColumnDrift, Boolean> out = new IdentityHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            ColumnDrift c = all.get(i);
            out.put(c, Double.isNaN(raw[i]) ? c.drift() : adjusted[i] < c.threshold());
        }
        return out;
    }

    /**
     * One dataset compared with train window by window.
     *
     * @param windows        how many windows were compared
     * @param driftedWindows the start of each window where a feature or the label drifted
     * @param plural         the windows' noun in the plural ("weeks")
     */
    record RoleWindows(String role, int windows, List<String> driftedWindows, String plural) {
    }

    static List<RoleWindows> measure(CheckContext ctx, Measurements b, DriftOptions options) {
        String ts = ctx.config().columns().timestamp();
        List<RoleWindows> out = new ArrayList<>();
        if (ts == null) {
            return out;
        }
        Window window = Window.parse(ctx.settings().dataDistribution().window());
        PreparedDataset train = ctx.data().train();
        for (String role : List.of("test", "production")) {
            var current = ctx.data().dataset(role);
            if (current.isEmpty() || !current.get().table().has(ts)) {
                continue;
            }
            List<WindowDrift> windows;
            try {
                windows = WindowedDrift.compare(train.table(), current.get().table(), ts, window,
                        options.withMultivariate(false));
            } catch (GreenlightException e) {
                b.notRun("drift per " + window.noun() + " of the " + role + " data: not computed (" + e.getMessage()
                        + ")");
                continue;
            }
            if (windows.size() < 2) {
                continue;
            }
            EvidenceTable.Builder t = EvidenceTable.builder("Drift per " + window.noun() + ": train vs " + role,
                    "window", "rows", "features drifted", "share", "label drift", "drifted columns");
            List<String> starts = new ArrayList<>();
            List<Double> shares = new ArrayList<>();
            List<String> driftedWindows = new ArrayList<>();
            Map<ColumnDrift, Boolean> drifts = correctAcrossWindows(windows, options.correction());
            for (WindowDrift w : windows) {
                List<ColumnDrift> features = w.report().ofRole(ColumnRole.FEATURE);
                List<String> drifted = w.report().columns().stream().filter(drifts::get).map(ColumnDrift::name)
                        .toList();
                long driftedFeatures = features.stream().filter(drifts::get).count();
                double share = features.isEmpty() ? 0 : (double) driftedFeatures / features.size();
                boolean label = w.report().ofRole(ColumnRole.LABEL).stream().anyMatch(drifts::get);
                t.row(w.start(), w.rows(), driftedFeatures, share, label ? "yes" : "no",
                        String.join(", ", drifted.subList(0, Math.min(6, drifted.size()))));
                starts.add(w.start());
                shares.add(share);
                if (driftedFeatures > 0 || label) {
                    driftedWindows.add(w.start());
                }
            }
            b.table(t.note("Each window of the " + role + " rows against the whole training data, with the same "
                    + "tests; p-values corrected across every window and column together (" + options.correction()
                    .key() + "), so more windows do not mean more false alarms; windows of fewer than "
                    + WindowedDrift.MIN_ROWS + " rows are left out.").build());
            b.chart(new Chart.Bars("Share of features drifted per " + window.noun() + " (train vs " + role + ")",
                    "share drifted", starts, List.of(new Chart.Series("share of features drifted", shares)), null,
                    null));
            out.add(new RoleWindows(role, windows.size(), driftedWindows, window.plural()));
        }
        return out;
    }
}
