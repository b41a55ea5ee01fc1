package dev.greenlight.report;

import dev.greenlight.checklist.ChecklistReport;
import dev.greenlight.checklist.DatasetInfo;
import dev.greenlight.io.output.Outputs;
import dev.greenlight.io.output.PendingFolder;
import dev.greenlight.report.html.HtmlReport;
import dev.greenlight.report.json.JsonReport;
import dev.greenlight.report.junit.JUnitReport;
import dev.greenlight.report.markdown.MarkdownReport;
import dev.greenlight.report.plan.ProductionPlan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes every report format of a checklist run into one folder. */
public final class Reports {
    private Reports() {
    }

    public static List<ReportFormat> standard() {
        return List.of(new JsonReport(), new MarkdownReport(), new HtmlReport(), new JUnitReport(),
                new ProductionPlan());
    }

    /**
     * Writes each format into {@code dir} (created if needed) as one set: staged first, then moved in together, so a
     * run that fails or is killed never leaves a new report beside an old one ({@link PendingFolder}). The files of a
     * previous report set are replaced (a rerun is what the folder is for); the configuration and the datasets the
     * report names are never written over, and nothing else in the folder is touched.
     *
     * @return the files written
     */
    public static List<Path> writeAll(ChecklistReport report, Path dir) {
        List<Path> inputs = new ArrayList<>();
        if (report.configPath() != null) {
            inputs.add(Path.of(report.configPath()));
        }
        for (DatasetInfo d : report.datasets()) {
            inputs.add(Path.of(d.path()));
        }
        try (PendingFolder set = Outputs.of(true, inputs).openFolder(dir)) {
            for (ReportFormat f : standard()) {
                set.writeText(f.fileName(), f.render(report));
            }
            return set.commit();
        }
    }
}
