package com.example.gate;

import dev.greenlight.api.Greenlight;
import dev.greenlight.checklist.CheckResult;
import dev.greenlight.checklist.ChecklistReport;
import dev.greenlight.checklist.Verdict;

import java.nio.file.Path;

/**
 * A release step written in Java: runs Greenlight's checklist on a configuration, writes the reports, prints one
 * line per item, and exits with 1 unless the model is ready.
 */
public final class ReadinessGate {

    private ReadinessGate() {
    }

    /** Whether the report lets the model ship: nothing failed (warnings are read by people, not blocking). */
    public static boolean mayShip(ChecklistReport report) {
        return report.verdict() != Verdict.NOT_READY;
    }

    public static void main(String[] args) {
        Path config = Path.of(args.length > 0 ? args[0] : "../breast-cancer/greenlight.yaml");
        ChecklistReport report = Greenlight.check(config);
        Greenlight.writeReports(report, Path.of("target", "greenlight-report"));
        for (CheckResult r : report.items()) {
            System.out.printf("%-8s %-19s %s%n", r.status(), r.info().id(), r.summary());
        }
        System.out.println(report.modelName() + ": " + report.verdict());
        System.exit(mayShip(report) ? 0 : 1);
    }
}
