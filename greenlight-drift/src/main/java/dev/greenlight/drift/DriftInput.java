package dev.greenlight.drift;

import dev.greenlight.profile.DatasetProfile;
import dev.greenlight.table.Table;

import java.util.Objects;

/** One side of a comparison: a table of raw data, or a profile. */
public sealed interface DriftInput {
    /** A name for messages ({@code reference}, a file name...). */
    String label();

    static DriftInput of(Table table, String label) {
        return new Raw(table, label);
    }

    static DriftInput of(DatasetProfile profile, String label) {
        return new Profiled(profile, label);
    }

    /** Raw data: every test applies, and the multivariate methods. */
    record Raw(Table table, String label) implements DriftInput {
        public Raw {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(label, "label");
        }
    }

    /** A profile: the tests that work on sketches apply. */
    record Profiled(DatasetProfile profile, String label) implements DriftInput {
        public Profiled {
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(label, "label");
        }
    }
}
