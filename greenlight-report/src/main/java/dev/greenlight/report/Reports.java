package dev.greenlight.report;

import dev.greenlight.checklist.ChecklistReport;
import dev.greenlight.error.GreenlightException;
import dev.greenlight.report.html.HtmlReport;
import dev.greenlight.report.json.JsonReport;
import dev.greenlight.report.junit.JUnitReport;
import dev.greenlight.report.markdown.MarkdownReport;
import dev.greenlight.report.plan.ProductionPlan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
     * Writes each format to {@code dir} (created if needed). Each file is written to a temporary name first and
     * moved into place, so a reader never sees half a report.
     *
     * @return the files written
     */
    public static List<Path> writeAll(ChecklistReport report, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new GreenlightException("cannot create the output folder " + dir + " (" + e.getMessage() + ")", e);
        }
        List<Path> written = new ArrayList<>();
        for (ReportFormat f : standard()) {
            Path target = dir.resolve(f.fileName());
            Path tmp = dir.resolve("." + f.fileName() + ".tmp");
            try {
                Files.writeString(tmp, f.render(report), StandardCharsets.UTF_8);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new GreenlightException("cannot write " + target + " (" + e.getMessage() + ")", e);
            }
            written.add(target);
        }
        return written;
    }
}
