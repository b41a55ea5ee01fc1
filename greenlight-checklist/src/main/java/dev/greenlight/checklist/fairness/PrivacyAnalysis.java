package dev.greenlight.checklist.fairness;

import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.ConditionResult;
import dev.greenlight.checklist.Measurements;
import dev.greenlight.privacy.PersonalDataScan;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Personal data in the data the model is built from: every column of the training and test files is scanned
 * ({@link PersonalDataScan}); any finding warns, since personal data in features is a privacy and security risk that
 * the plan should address.
 */
public final class PrivacyAnalysis {

    private PrivacyAnalysis() {
    }

    /** Records the personal data found; returns a warning when there is any, else null. */
    public static ConditionResult measure(CheckContext ctx, Measurements b) {
        Set<String> seen = new LinkedHashSet<>();
        for (String role : List.of("train", "test")) {
            ctx.data().dataset(role).ifPresent(d -> {
                for (PersonalDataScan.Finding f : PersonalDataScan.scan(d.table())) {
                    if (seen.add(f.column() + "/" + f.kind())) {
                        b.finding("Personal data: " + PersonalDataScan.describe(f) + " in " + d.file().fileName()
                                + ".");
                    }
                }
            });
        }
        if (seen.isEmpty()) {
            return null;
        }
        return ConditionResult.warn("no-personal-data", "the data holds personal data (" + seen.size() + " column "
                + "finding(s)); say in plan.responsible_ai.privacy_and_security how it is protected, or drop those "
                + "columns");
    }
}
