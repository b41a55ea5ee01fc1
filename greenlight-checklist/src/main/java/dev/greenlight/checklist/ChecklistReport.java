package dev.greenlight.checklist;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one run of the checklist found; the renderers' single input.
 *
 * @param toolVersion  Greenlight's version
 * @param generatedAt  when the run finished
 * @param configPath   the configuration file
 * @param configSha256 its content hash
 * @param modelName    the model's name
 * @param modelVersion its version, or null
 * @param task         binary, multiclass, regression or forecast
 * @param datasets     the data read
 * @param dataNotes    notes from reading and preparing the data that did not stop the run
 * @param items        one result per check, in checklist order
 * @param verdict      the overall answer
 */
public record ChecklistReport(String toolVersion, Instant generatedAt, String configPath, String configSha256,
                              String modelName, String modelVersion, String task, List<DatasetInfo> datasets,
                              List<String> dataNotes, List<CheckResult> items, Verdict verdict) {

    /** Version of the report's JSON format; see {@code docs/report.md}. Raised only on incompatible changes. */
    public static final int SCHEMA_VERSION = 1;

    public ChecklistReport {
        datasets = List.copyOf(datasets);
        dataNotes = List.copyOf(dataNotes);
        items = List.copyOf(items);
    }

    /** The result of the check with this id ({@code baseline}, or a plug-in check's id), if it ran. */
    public java.util.Optional<CheckResult> item(String id) {
        return items.stream().filter(r -> r.info().id().equals(id)).findFirst();
    }

    /** How many items ended with each status (every status present, zero when none). */
    public Map<Status, Integer> counts() {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0);
        }
        for (CheckResult r : items) {
            counts.merge(r.status(), 1, Integer::sum);
        }
        return counts;
    }
}
