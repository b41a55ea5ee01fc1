package dev.greenlight.report;

import dev.greenlight.checklist.ChecklistReport;

/** One way of presenting a checklist report, written to one file. */
public interface ReportFormat {

    /** The file name it writes, e.g. {@code report.json}. */
    String fileName();

    /** The whole file's content. */
    String render(ChecklistReport report);
}
