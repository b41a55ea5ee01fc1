package dev.greenlight.drift;

import dev.greenlight.error.GreenlightException;
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

    /**
     * This input with the named columns compared as categories (integer codes a reader took for numbers). Raw data
     * is converted; a profile must already hold them as categories, since its numeric sketches keep no values.
     *
     * @throws GreenlightException naming a column the data does not have, or a profile's numeric column
     */
    default DriftInput withCategorical(java.util.Collection<String> columns) {
        if (columns.isEmpty()) {
            return this;
        }
        if (this instanceof Raw raw) {
            Table t = raw.table();
            for (String c : columns) {
                if (!t.has(c)) {
                    throw new GreenlightException("--categorical: the " + label() + " has no column '" + c + "'"
                            + dev.greenlight.text.Suggestions.didYouMean(c, t.columnNames()));
                }
                t = t.with(dev.greenlight.table.Columns.asCategorical(t.column(c)));
            }
            return new Raw(t, label());
        }
        Profiled p = (Profiled) this;
        for (String c : columns) {
            if (!p.profile().has(c)) {
                throw new GreenlightException("--categorical: the " + label() + " has no column '" + c + "'"
                        + dev.greenlight.text.Suggestions.didYouMean(c, p.profile().columnNames()));
            }
            var column = p.profile().column(c);
            if (column.type() != dev.greenlight.table.ColumnType.CATEGORICAL) {
                throw new GreenlightException("--categorical: column '" + c + "' of the " + label() + " was "
                        + "profiled as " + column.type().key() + "; a profile keeps no values to recount, so "
                        + "profile the data again with the column declared categorical, or compare the data files");
            }
        }
        return this;
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
