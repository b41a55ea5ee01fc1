package dev.greenlight.io;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.Column;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;

import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;

import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Collects one column of a DuckDB result, batch by Arrow batch, into primitive storage and decides its type by the
 * {@link TypeRules}. DuckDB's own types are kept for numbers and dates; text (booleans included, so yes/no stays
 * yes/no) is dictionary-encoded while reading and typed at the end, because only the whole column tells a number
 * column with a few {@code NA} markers from a categorical one.
 */
abstract class ColumnDecoder {

    final Path file;
    final String name;
    final ColumnType declared;
    final boolean requireNumeric;

    ColumnDecoder(Path file, String name, ColumnType declared, boolean requireNumeric) {
        this.file = file;
        this.name = name;
        this.declared = declared;
        this.requireNumeric = requireNumeric;
    }

    static ColumnDecoder forDuckType(Path file, String name, String duckType, ColumnType declared,
                                     boolean requireNumeric) {
        if (TypeRules.isNumberType(duckType)) {
            return new Numbers(file, name, declared, requireNumeric);
        }
        if (TypeRules.isDateType(duckType)) {
            return new Dates(file, name, declared, requireNumeric);
        }
        return new Texts(file, name, declared, requireNumeric);
    }

    /** The SQL expression that fetches this column in the form {@link #accept} reads. */
    abstract String selectExpression(String quotedName);

    /** Appends the first {@code rows} values of a batch's vector. */
    abstract void accept(FieldVector vector, int rows);

    abstract Column finish(List<String> notes);

    String where() {
        return file + ", column '" + name + "'";
    }

    static String rowRef(int row) {
        return "data row " + (row + 1);
    }

    /** Numbers from DuckDB's numeric types. */
    private static final class Numbers extends ColumnDecoder {
        private final BatchChunks<double[]> values = new BatchChunks<>(double[]::new);

        Numbers(Path file, String name, ColumnType declared, boolean requireNumeric) {
            super(file, name, declared, requireNumeric);
        }

        @Override
        String selectExpression(String q) {
            return "CAST(" + q + " AS DOUBLE)";
        }

        @Override
        void accept(FieldVector vector, int rows) {
            double[] chunk = values.append(rows);
            Float8Vector v = (Float8Vector) vector;
            v.getDataBuffer().nioBuffer(0, rows * Float8Vector.TYPE_WIDTH).order(ByteOrder.LITTLE_ENDIAN)
                    .asDoubleBuffer().get(chunk, 0, rows);
            if (v.getNullCount() > 0) {
                for (int i = 0; i < rows; i++) {
                    if (v.isNull(i)) {
                        chunk[i] = Double.NaN;
                    }
                }
            }
        }

        @Override
        Column finish(List<String> notes) {
            double[] v = values.join();
            NumericColumn numeric = new NumericColumn(name, ColumnType.NUMERIC, v);
            if (declared == ColumnType.DATETIME) {
                return numeric.withType(ColumnType.DATETIME);
            }
            if (declared != null && !declared.isNumericStorage()) {
                return Texts.encode(name, declared, numeric);
            }
            if (declared == null && !requireNumeric && isCategoryCode(v)) {
                // Two integer values (0/1, 1/2) encode a category, and drift tests for categories fit it better.
                return Texts.encode(name, ColumnType.CATEGORICAL, numeric);
            }
            return numeric;
        }

        private static boolean isCategoryCode(double[] v) {
            double a = Double.NaN;
            double b = Double.NaN;
            boolean whole = true;
            int distinct = 0;
            for (double x : v) {
                if (Double.isNaN(x)) {
                    continue;
                }
                whole &= x == Math.rint(x);
                if (distinct == 0 || (distinct == 1 && x != a)) {
                    if (distinct == 0) {
                        a = x;
                    } else {
                        b = x;
                    }
                    distinct++;
                } else if (x != a && x != b) {
                    return false;
                }
                if (!whole) {
                    return false;
                }
            }
            return TypeRules.isCategoryCode(distinct > 0, whole, distinct);
        }
    }

    /** Dates and timestamps, as seconds since the epoch (UTC). */
    private static final class Dates extends ColumnDecoder {
        private final Numbers numbers;

        Dates(Path file, String name, ColumnType declared, boolean requireNumeric) {
            super(file, name, declared, requireNumeric);
            this.numbers = new Numbers(file, name, ColumnType.DATETIME, requireNumeric);
        }

        @Override
        String selectExpression(String q) {
            return "CAST(epoch(" + q + ") AS DOUBLE)";
        }

        @Override
        void accept(FieldVector vector, int rows) {
            numbers.accept(vector, rows);
        }

        @Override
        Column finish(List<String> notes) {
            Column c = numbers.finish(notes);
            if (declared != null && declared != ColumnType.DATETIME) {
                if (declared == ColumnType.NUMERIC) {
                    return c.withType(ColumnType.NUMERIC);
                }
                return Texts.encode(name, declared, (NumericColumn) c);
            }
            return c;
        }
    }

    /** Text, booleans and anything else DuckDB hands over as a string, dictionary-encoded while reading. */
    private static final class Texts extends ColumnDecoder {
        private final TextCodes dictionary = new TextCodes();
        private final BatchChunks<int[]> codes = new BatchChunks<>(int[]::new);

        Texts(Path file, String name, ColumnType declared, boolean requireNumeric) {
            super(file, name, declared, requireNumeric);
        }

        @Override
        String selectExpression(String q) {
            return "CAST(" + q + " AS VARCHAR)";
        }

        @Override
        void accept(FieldVector vector, int rows) {
            dictionary.encode(vector, rows, codes.append(rows), 0, CategoricalColumn.MISSING);
        }

        @Override
        Column finish(List<String> notes) {
            int[] c = codes.join();
            CategoricalColumn raw = new CategoricalColumn(name, ColumnType.CATEGORICAL, c, dictionary.values());
            if (requireNumeric || declared == ColumnType.NUMERIC) {
                return parseNumbers(raw, true, notes);
            }
            if (declared != null) {
                return retype(raw, declared);
            }
            Column numeric = parseNumbers(raw, false, notes);
            if (numeric != null) {
                return numeric;
            }
            if (isBooleanText(raw)) {
                return raw.withType(ColumnType.BOOLEAN);
            }
            return raw.withType(looksLikeFreeText(raw) ? ColumnType.TEXT : ColumnType.CATEGORICAL);
        }

        private static boolean isBooleanText(CategoricalColumn c) {
            long[] counts = c.counts();
            boolean any = false;
            for (int k = 0; k < counts.length; k++) {
                if (counts[k] > 0) {
                    if (!TypeRules.BOOLEAN_TEXTS.contains(c.dictionary().get(k))) {
                        return false;
                    }
                    any = true;
                }
            }
            return any;
        }

        private static boolean looksLikeFreeText(CategoricalColumn c) {
            long[] counts = c.counts();
            long distinct = 0;
            long chars = 0;
            long spaced = 0;
            for (int k = 0; k < counts.length; k++) {
                if (counts[k] == 0) {
                    continue;
                }
                distinct++;
                String v = c.dictionary().get(k);
                chars += (long) v.length() * counts[k];
                if (v.strip().indexOf(' ') >= 0) {
                    spaced += counts[k];
                }
            }
            long present = c.size() - c.missingCount();
            return TypeRules.looksLikeFreeText(present, distinct, present == 0 ? 0 : (double) chars / present, spaced);
        }

        private Column retype(CategoricalColumn raw, ColumnType type) {
            return switch (type) {
                case NUMERIC -> parseNumbers(raw, true, List.of());
                case DATETIME -> parseDates(raw);
                case BOOLEAN -> parseBooleans(raw);
                case CATEGORICAL, TEXT -> raw.withType(type);
            };
        }

        /**
         * Parses the column as numbers. When {@code strict}, the first value that is neither a number nor a
         * missing marker is an error naming its row; otherwise the column is left as text (returning null), with a
         * note when nearly all values are numbers, since that is usually a data error.
         */
        private Column parseNumbers(CategoricalColumn raw, boolean strict, List<String> notes) {
            List<String> dict = raw.dictionary();
            double[] parsed = new double[dict.size()];
            boolean[] bad = new boolean[dict.size()];
            int badCodes = 0;
            for (int k = 0; k < dict.size(); k++) {
                String s = dict.get(k).strip();
                if (TypeRules.isMissingNumber(s)) {
                    parsed[k] = Double.NaN;
                    continue;
                }
                try {
                    parsed[k] = TypeRules.parseNumber(s);
                } catch (NumberFormatException e) {
                    bad[k] = true;
                    badCodes++;
                }
            }
            if (badCodes == 0) {
                double[] v = new double[raw.size()];
                for (int i = 0; i < v.length; i++) {
                    int code = raw.code(i);
                    v[i] = code == CategoricalColumn.MISSING ? Double.NaN : parsed[code];
                }
                return new NumericColumn(name, ColumnType.NUMERIC, v);
            }
            int firstBad = -1;
            long badRows = 0;
            long present = 0;
            for (int i = 0; i < raw.size(); i++) {
                int code = raw.code(i);
                if (code == CategoricalColumn.MISSING) {
                    continue;
                }
                present++;
                if (bad[code]) {
                    badRows++;
                    if (firstBad < 0) {
                        firstBad = i;
                    }
                }
            }
            String firstValue = raw.get(firstBad);
            if (strict) {
                throw new InvalidDataException(where() + ": expected numbers, but " + rowRef(firstBad) + " holds '"
                        + firstValue + "'" + (badRows > 1 ? " (" + badRows + " rows are not numbers)" : ""));
            }
            if (TypeRules.looksNumeric(present, badRows)) {
                notes.add(where() + ": looks numeric, but " + badRows + " row(s) are not numbers (first: "
                        + rowRef(firstBad) + " holds '" + firstValue + "'); read as categorical. Declare its type "
                        + "as numeric to make this an error, or fix the data");
            }
            return null;
        }

        private Column parseDates(CategoricalColumn raw) {
            double[] v = new double[raw.size()];
            Map<Integer, Double> cache = new HashMap<>();
            for (int i = 0; i < v.length; i++) {
                int code = raw.code(i);
                if (code == CategoricalColumn.MISSING) {
                    v[i] = Double.NaN;
                    continue;
                }
                final int row = i;
                v[i] = cache.computeIfAbsent(code, k -> DateTexts.epochSeconds(raw.get(row)).orElseThrow(() ->
                        new InvalidDataException(where() + ": expected dates or timestamps (ISO 8601, e.g. "
                                + "2024-01-31 or 2024-01-31T12:00:00), but " + rowRef(row) + " holds '"
                                + raw.get(row) + "'")));
            }
            return new NumericColumn(name, ColumnType.DATETIME, v);
        }

        private Column parseBooleans(CategoricalColumn raw) {
            List<String> dict = raw.dictionary();
            List<String> out = new ArrayList<>(dict.size());
            for (String s : dict) {
                out.add(switch (s.strip().toLowerCase(Locale.ROOT)) {
                    case "true", "t", "yes", "y", "1" -> "true";
                    case "false", "f", "no", "n", "0" -> "false";
                    default -> null;
                });
            }
            List<String> values = new ArrayList<>(raw.size());
            for (int i = 0; i < raw.size(); i++) {
                int code = raw.code(i);
                if (code != CategoricalColumn.MISSING && out.get(code) == null) {
                    throw new InvalidDataException(where() + ": expected true/false, yes/no or 1/0, but "
                            + rowRef(i) + " holds '" + raw.get(i) + "'");
                }
                values.add(code == CategoricalColumn.MISSING ? null : out.get(code));
            }
            return CategoricalColumn.of(name, ColumnType.BOOLEAN, values);
        }

        /** Re-encodes a numeric column as text values (declared categorical, or a binary indicator). */
        static CategoricalColumn encode(String name, ColumnType type, NumericColumn numeric) {
            List<String> values = new ArrayList<>(numeric.size());
            for (int i = 0; i < numeric.size(); i++) {
                values.add(numeric.format(i));
            }
            return CategoricalColumn.of(name, type, values);
        }
    }
}
