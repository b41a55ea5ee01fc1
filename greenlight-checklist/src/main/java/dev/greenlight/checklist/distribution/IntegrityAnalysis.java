package dev.greenlight.checklist.distribution;

import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.Measurements;
import dev.greenlight.checklist.data.PreparedDataset;
import dev.greenlight.drift.integrity.IntegrityChecks;
import dev.greenlight.drift.integrity.IntegrityFinding;

import java.util.ArrayList;
import java.util.List;

/**
 * Data-integrity problems that make distributions misleading: constant and near-constant columns, mixed types,
 * duplicate rows, a feature that predicts the label almost perfectly (target leakage), categories unseen in train
 * and values outside the training range ({@link IntegrityChecks}). Target leakage warns; the others are findings.
 * Rows shared between train and test are judged by the benchmark item, against how often rows repeat.
 */
final class IntegrityAnalysis {

    private IntegrityAnalysis() {
    }

    /** Records the integrity findings; returns the target leakage found, which the item's condition judges. */
    static List<IntegrityFinding> measure(CheckContext ctx, Measurements b) {
        PreparedDataset train = ctx.data().train();
        List<IntegrityFinding> found = new ArrayList<>(IntegrityChecks.of(train.table(), "train"));
        for (PreparedDataset other : ctx.data().datasets().values()) {
            if (other.role().equals("train")) {
                continue;
            }
            found.addAll(IntegrityChecks.of(other.table(), other.role()));
            // rows shared with train are the benchmark item's to judge (RowOverlap): not hashed again here
            found.addAll(IntegrityChecks.columns(train.table(), other.table(), other.role(), ctx.config().target()));
        }
        found.addAll(IntegrityChecks.leakage(train.table(), ctx.config().target()));
        var features = ctx.data().features().keySet();
        List<IntegrityFinding> leakage = new ArrayList<>();
        for (IntegrityFinding f : found) {
            if (f.column() != null && !features.contains(f.column()) && !f.column().equals(ctx.config().target())) {
                continue;
            }
            if (f.kind() == IntegrityFinding.Kind.TARGET_LEAKAGE) {
                leakage.add(f);
            } else {
                b.finding("Data integrity: " + f.message());
            }
        }
        return leakage;
    }
}
