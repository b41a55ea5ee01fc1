package dev.greenlight.checklist.data;

import dev.greenlight.metrics.ClassificationOutcomes;

import java.util.ArrayList;
import java.util.List;

/** What a classifier's predictions say about the label set, as data notes. */
final class LabelUsage {
    private LabelUsage() {
    }

    /** Notes the labels the model never predicts and those it predicts that never occur, in one dataset. */
    static void note(String role, ClassificationOutcomes o, List<String> notes) {
        if (!o.hasPredictions()) {
            return;
        }
        boolean[] inTruth = new boolean[o.classCount()];
        boolean[] inPred = new boolean[o.classCount()];
        for (int i = 0; i < o.size(); i++) {
            inTruth[o.yTrue()[i]] = true;
            inPred[o.yPred()[i]] = true;
        }
        List<String> neverPredicted = new ArrayList<>();
        List<String> neverTrue = new ArrayList<>();
        for (int k = 0; k < o.classCount(); k++) {
            if (inTruth[k] && !inPred[k]) {
                neverPredicted.add(o.labels().get(k));
            }
            if (inPred[k] && !inTruth[k]) {
                neverTrue.add(o.labels().get(k));
            }
        }
        if (!neverPredicted.isEmpty()) {
            notes.add(role + ": the model never predicts the label(s) " + neverPredicted + " that occur in the "
                    + "target");
        }
        if (!neverTrue.isEmpty()) {
            notes.add(role + ": the model predicts the label(s) " + neverTrue + " that never occur in the target");
        }
    }
}
