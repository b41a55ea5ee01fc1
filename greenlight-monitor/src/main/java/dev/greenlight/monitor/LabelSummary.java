package dev.greenlight.monitor;

import java.util.List;

/**
 * How the analysis rows were labelled: nothing is dropped silently.
 *
 * @param source             {@code none}, {@code analysis} (the target column of the analysis table) or
 *                           {@code labels} (a separate table joined by id)
 * @param labelRows          rows of the labels table (0 without one)
 * @param labelledRows       analysis rows with a target after the join
 * @param unknownIds         labels whose id is in no analysis row
 * @param duplicateIds       label rows repeating an id seen before in the labels (the first is used)
 * @param conflictingIds     of those, ids whose repeated labels disagree
 * @param duplicateAnalysisIds analysis rows repeating an id seen before in the analysis (each gets the label)
 * @param examples           a few of the unknown or duplicate ids, for the message
 */
public record LabelSummary(String source, int labelRows, int labelledRows, int unknownIds, int duplicateIds,
                           int conflictingIds, int duplicateAnalysisIds, List<String> examples) {
    public LabelSummary {
        examples = List.copyOf(examples);
    }

    public static LabelSummary none() {
        return new LabelSummary("none", 0, 0, 0, 0, 0, 0, List.of());
    }
}
