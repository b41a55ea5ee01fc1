package dev.greenlight.drift;

import dev.greenlight.error.GreenlightException;
import dev.greenlight.profile.CategoricalProfile;
import dev.greenlight.profile.ColumnProfile;
import dev.greenlight.profile.DatasetProfile;
import dev.greenlight.profile.NumericProfile;
import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.Column;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.Columns;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lines up the columns of two inputs for testing, and rejects what cannot be compared with a message that says
 * which column, which side and why: no column in common, a column numeric on one side and categorical on the
 * other, a column with no present value.
 */
final class ColumnPairs {
    private ColumnPairs() {
    }

    /** The pairs to test, and notes on the columns left out. */
    record Lineup(List<ColumnPair> pairs, List<String> notes, DriftInput reference, DriftInput current) {
    }

    /** The pairs, with the inputs as compared (a column may have been read as numbers, see below). */
    static Lineup of(DriftInput reference, DriftInput current, DriftOptions options) {
        List<String> refNames = names(reference);
        List<String> curNames = names(current);
        List<String> wanted = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (options.columns().isEmpty()) {
            for (String n : refNames) {
                if (curNames.contains(n)) {
                    wanted.add(n);
                }
            }
            if (wanted.isEmpty()) {
                throw new GreenlightException("the " + reference.label() + " and the " + current.label()
                        + " have no column in common (" + reference.label() + ": " + shortList(refNames) + "; "
                        + current.label() + ": " + shortList(curNames) + ")");
            }
        } else {
            for (String n : options.columns()) {
                if (!refNames.contains(n) || !curNames.contains(n)) {
                    DriftInput side = refNames.contains(n) ? current : reference;
                    throw new GreenlightException("column '" + n + "' is not in the " + side.label() + "; its "
                            + "columns are " + shortList(names(side)));
                }
                wanted.add(n);
            }
        }
        reference = numbersWhereTheOtherSideHasNumbers(reference, current, wanted);
        current = numbersWhereTheOtherSideHasNumbers(current, reference, wanted);
        List<ColumnPair> pairs = new ArrayList<>();
        for (String n : wanted) {
            ColumnType rt = type(reference, n);
            ColumnType ct = type(current, n);
            ColumnKind rk = kind(rt);
            ColumnKind ck = kind(ct);
            if (rk != ck || (rk == null && rt != ct)) {
                throw new GreenlightException("column '" + n + "' is " + rt.key() + " in the " + reference.label()
                        + " but " + ct.key() + " in the " + current.label() + "; a column must have one type in "
                        + "both to be compared (declare its type, or fix the data)");
            }
            if (rk == null) {
                notes.add("column '" + n + "' not compared: " + (rt == ColumnType.DATETIME
                        ? "dates differ between periods by design" : "free text is not compared value by value"));
                continue;
            }
            requirePresent(reference, n);
            requirePresent(current, n);
            if (rk == ColumnKind.CATEGORICAL) {
                pairs.add(ColumnPair.categorical(n, CategoryCounts.of(counts(reference, n), counts(current, n),
                        Math.max(frequencyError(reference, n), frequencyError(current, n)))));
                continue;
            }
            if (reference instanceof DriftInput.Raw r && current instanceof DriftInput.Raw c) {
                // sorted later, one column at a time (the drift engine's loop)
                NumericColumn rc = (NumericColumn) r.table().column(n);
                NumericColumn cc = (NumericColumn) c.table().column(n);
                if (options.columns().isEmpty() && mayBeIdentifier(rc) && mayBeIdentifier(cc)
                        && new ExactNumeric(rc.toArray()).looksLikeIdentifier()
                        && new ExactNumeric(cc.toArray()).looksLikeIdentifier()) {
                    notes.add("column '" + n + "' not compared: it looks like a row identifier (a distinct integer "
                            + "in every row); name it in --columns to compare it anyway");
                    continue;
                }
                pairs.add(ColumnPair.unsorted(rc, cc));
                continue;
            }
            pairs.add(ColumnPair.numeric(n, numeric(reference, n), numeric(current, n)));
        }
        return new Lineup(pairs, notes, reference, current);
    }

    /**
     * A column read as categories on one side only because it held one or two integers there (the reader's rule
     * for 0/1 indicators, e.g. a {@code year} column of a single year) is compared as numbers when the other side
     * holds numbers and its every category is a number.
     */
    private static DriftInput numbersWhereTheOtherSideHasNumbers(DriftInput side, DriftInput other,
                                                                 List<String> wanted) {
        if (!(side instanceof DriftInput.Raw raw)) {
            return side;
        }
        Table t = raw.table();
        for (String n : wanted) {
            if (t.column(n).type() == ColumnType.CATEGORICAL && type(other, n) == ColumnType.NUMERIC) {
                java.util.Optional<NumericColumn> asNumbers = Columns.asNumeric(t.column(n));
                if (asNumbers.isPresent()) {
                    t = t.with(asNumbers.get());
                }
            }
        }
        return t == raw.table() ? side : DriftInput.of(t, side.label());
    }

    static ColumnKind kind(ColumnType t) {
        return switch (t) {
            case NUMERIC -> ColumnKind.NUMERIC;
            case CATEGORICAL, BOOLEAN -> ColumnKind.CATEGORICAL;
            case DATETIME, TEXT -> null;
        };
    }

    private static List<String> names(DriftInput in) {
        if (in instanceof DriftInput.Raw r) {
            return r.table().columnNames();
        }
        return ((DriftInput.Profiled) in).profile().columnNames();
    }

    private static ColumnType type(DriftInput in, String name) {
        if (in instanceof DriftInput.Raw r) {
            return r.table().column(name).type();
        }
        ColumnProfile p = ((DriftInput.Profiled) in).profile().column(name);
        if (p instanceof CategoricalProfile c && !c.frequenciesTracked()) {
            return ColumnType.TEXT;
        }
        return p.type();
    }

    private static void requirePresent(DriftInput in, String name) {
        long rows;
        long missing;
        if (in instanceof DriftInput.Raw r) {
            Column c = r.table().column(name);
            rows = c.size();
            missing = c.missingCount();
        } else {
            ColumnProfile p = ((DriftInput.Profiled) in).profile().column(name);
            rows = p.count();
            missing = p.missing();
        }
        if (rows == missing) {
            throw new GreenlightException("column '" + name + "' has no value in the " + in.label() + " (all "
                    + rows + " rows are missing); leave it out with --columns, or fix the data");
        }
    }

    /**
     * What {@link ExactNumeric#looksLikeIdentifier()} needs before it is worth sorting: at least 100 present values,
     * every one an integer (most numeric columns fail at their first value).
     */
    private static boolean mayBeIdentifier(NumericColumn c) {
        if (c.size() - c.missingCount() < 100) {
            return false;
        }
        for (int i = 0; i < c.size(); i++) {
            double v = c.get(i);
            if (!Double.isNaN(v) && v != Math.rint(v)) {
                return false;
            }
        }
        return true;
    }

    private static NumericSample numeric(DriftInput in, String name) {
        if (in instanceof DriftInput.Raw r) {
            return new ExactNumeric(((NumericColumn) r.table().column(name)).toArray());
        }
        return new SketchNumeric((NumericProfile) ((DriftInput.Profiled) in).profile().column(name));
    }

    static Map<String, Long> counts(CategoricalColumn c) {
        long[] byCode = c.counts();
        Map<String, Long> out = new TreeMap<>();
        for (int k = 0; k < byCode.length; k++) {
            if (byCode[k] > 0) {
                out.merge(c.dictionary().get(k), byCode[k], Long::sum);
            }
        }
        return out;
    }

    private static Map<String, Long> counts(DriftInput in, String name) {
        if (in instanceof DriftInput.Raw r) {
            return counts((CategoricalColumn) r.table().column(name));
        }
        return ((CategoricalProfile) ((DriftInput.Profiled) in).profile().column(name)).frequencies();
    }

    private static long frequencyError(DriftInput in, String name) {
        if (in instanceof DriftInput.Profiled p) {
            DatasetProfile profile = p.profile();
            return ((CategoricalProfile) profile.column(name)).frequencyError();
        }
        return 0;
    }

    private static String shortList(List<String> names) {
        if (names.size() <= 12) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, 12)) + ", ... (" + names.size() + " columns)";
    }
}
