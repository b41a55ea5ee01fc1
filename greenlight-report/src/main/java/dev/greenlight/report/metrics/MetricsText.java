package dev.greenlight.report.metrics;

import dev.greenlight.metrics.ConfidenceInterval;
import dev.greenlight.metrics.Task;
import dev.greenlight.text.Figures;

import java.util.List;

/** Every metric of a predictions file with its interval, as the table {@code greenlight metrics} prints. */
public final class MetricsText {
    private MetricsText() {
    }

    public static String render(Task task, int n, List<ConfidenceInterval> metrics) {
        int width = "metric".length();
        for (ConfidenceInterval ci : metrics) {
            width = Math.max(width, ci.metric().length());
        }
        String level = metrics.isEmpty() ? "" : Figures.format(metrics.get(0).level() * 100) + "% ";
        StringBuilder sb = new StringBuilder();
        sb.append(task.key()).append(", ").append(n).append(" rows").append(System.lineSeparator());
        sb.append(String.format("%-" + width + "s  %-10s  %-23s  %s%n", "metric", "value", level + "interval",
                "method"));
        for (ConfidenceInterval ci : metrics) {
            String value = ci.isDefined() ? Figures.format(ci.value()) : "undefined";
            String interval = ci.isDefined() ? Figures.format(ci.low()) + " to " + Figures.format(ci.high()) : "";
            String method = ci.isDefined() ? ci.method() : ci.undefinedReason();
            sb.append(String.format("%-" + width + "s  %-10s  %-23s  %s%n", ci.metric(), value, interval, method));
        }
        return sb.toString();
    }
}
