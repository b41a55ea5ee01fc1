package dev.greenlight.profile;

import dev.greenlight.error.InvalidDataException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The profile of a whole dataset: its row count and one {@link ColumnProfile} per column, in the file's order.
 * Profiles of parts of a dataset (files, days, shards) merge into the profile of the whole; written with
 * {@link ProfileFile}, they let drift be computed without the data.
 */
public final class DatasetProfile {
    private final String source;
    private long rows;
    private final Map<String, ColumnProfile> columns;

    public DatasetProfile(String source, long rows, List<? extends ColumnProfile> columns) {
        this.source = Objects.requireNonNull(source, "source");
        this.rows = rows;
        this.columns = new LinkedHashMap<>();
        for (ColumnProfile c : columns) {
            if (this.columns.put(c.name(), c) != null) {
                throw new IllegalArgumentException("duplicate column '" + c.name() + "'");
            }
        }
    }

    /** What was profiled (a file name, or a description of the parts merged). */
    public String source() {
        return source;
    }

    public long rows() {
        return rows;
    }

    public List<String> columnNames() {
        return List.copyOf(columns.keySet());
    }

    public List<ColumnProfile> columns() {
        return Collections.unmodifiableList(new ArrayList<>(columns.values()));
    }

    public ColumnProfile column(String name) {
        ColumnProfile c = columns.get(name);
        if (c == null) {
            throw new InvalidDataException("no column '" + name + "' in the profile of " + source
                    + "; columns: " + columns.keySet());
        }
        return c;
    }

    public boolean has(String name) {
        return columns.containsKey(name);
    }

    /**
     * Folds the profile of another part of the same dataset into this one.
     *
     * A column of numbers on one side and of numeric categories on the other (one or two integers, which the
     * reader takes for an indicator) is merged as numbers.
     *
     * @throws InvalidDataException if the two do not have the same columns with the same types
     */
    public void merge(DatasetProfile other) {
        if (!other.columns.keySet().equals(columns.keySet())) {
            throw new InvalidDataException("cannot merge the profile of " + other.source + " into that of " + source
                    + ": expected columns " + columns.keySet() + ", found " + other.columns.keySet());
        }
        for (ColumnProfile theirs : other.columns.values()) {
            ColumnProfile mine = columns.get(theirs.name());
            ColumnProfile o = theirs;
            if (mine instanceof NumericProfile && o instanceof CategoricalProfile c) {
                o = NumericProfile.fromNumericCategories(c).map(ColumnProfile.class::cast).orElse(o);
            } else if (mine instanceof CategoricalProfile c && o instanceof NumericProfile) {
                java.util.Optional<NumericProfile> asNumbers = NumericProfile.fromNumericCategories(c);
                if (asNumbers.isPresent()) {
                    mine = asNumbers.get();
                    columns.put(mine.name(), mine);
                }
            }
            if (mine.type() != o.type()) {
                throw new InvalidDataException("cannot merge the profile of " + other.source + " into that of "
                        + source + ": column '" + o.name() + "' is " + o.type().key() + " there but "
                        + mine.type().key() + " here");
            }
            mine.merge(o);
        }
        rows += other.rows;
    }
}
