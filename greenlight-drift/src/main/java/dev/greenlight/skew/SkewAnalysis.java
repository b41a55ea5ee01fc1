package dev.greenlight.skew;

import dev.greenlight.drift.ColumnPair;
import dev.greenlight.drift.DriftTest;
import dev.greenlight.drift.DriftTests;
import dev.greenlight.drift.TestOutcome;
import dev.greenlight.drift.TestParameters;
import dev.greenlight.error.InvalidDataException;
import dev.greenlight.table.Column;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares the training and the serving version of the same records, joined by id, feature by feature. Computes
 * only; {@link SkewLimits} judges.
 *
 * <p>Records whose id is in one file only are counted, not compared. Numbers are compared within
 * {@link SkewOptions#tolerance()}; a feature held as numbers in one file and as text in the other is compared as
 * text (the number printed without a trailing {@code .0}), so a type change shows as skew.
 */
public final class SkewAnalysis {
    private static final String NUMERIC_TEST = "ks";
    private static final String CATEGORICAL_TEST = "js";

    private SkewAnalysis() {
    }

    /**
     * The comparison of two tables.
     *
     * @param trainingName names the training table in messages and the report (a file name)
     * @throws InvalidDataException when the id column is absent, has an empty or repeated value, or a named
     *                              feature is absent
     */
    public static SkewReport of(Table training, String trainingName, Table serving, String servingName,
                                SkewOptions options) {
        Column trainingIds = require(training, options.id(), trainingName, "--id");
        Column servingIds = require(serving, options.id(), servingName, "--id");
        Map<String, Integer> servingRow = index(servingIds, servingName);
        Map<String, Integer> trainingRow = index(trainingIds, trainingName);
        List<int[]> pairs = new ArrayList<>();
        for (Map.Entry<String, Integer> e : trainingRow.entrySet()) {
            Integer s = servingRow.get(e.getKey());
            if (s != null) {
                pairs.add(new int[] {e.getValue(), s});
            }
        }
        long matched = pairs.size();
        List<String> columns = options.columns().isEmpty() ? common(training, serving, options.id())
                : options.columns();
        List<FeatureSkew> features = new ArrayList<>();
        for (String name : columns) {
            Column t = require(training, name, trainingName, "--columns");
            Column s = require(serving, name, servingName, "--columns");
            features.add(compare(name, t, s, pairs, options));
        }
        features.sort(Comparator.comparingLong(FeatureSkew::differing).reversed()
                .thenComparing(f -> -f.distance().statistic())
                .thenComparing(FeatureSkew::feature));
        return new SkewReport(trainingName, servingName, options, matched, trainingRow.size() - matched,
                servingRow.size() - matched, List.copyOf(features), onlyIn(training, serving, options.id()),
                onlyIn(serving, training, options.id()));
    }

    private static FeatureSkew compare(String name, Column t, Column s, List<int[]> pairs, SkewOptions options) {
        return t instanceof NumericColumn tn && s instanceof NumericColumn sn
                ? numeric(name, tn, sn, pairs, options) : categorical(name, t, s, pairs);
    }

    private static FeatureSkew numeric(String name, NumericColumn t, NumericColumn s, List<int[]> pairs,
                                       SkewOptions options) {
        double[] tv = new double[pairs.size()];
        double[] sv = new double[pairs.size()];
        long differing = 0;
        long oneSide = 0;
        long both = 0;
        double max = 0.0;
        double sum = 0.0;
        for (int i = 0; i < pairs.size(); i++) {
            tv[i] = t.get(pairs.get(i)[0]);
            sv[i] = s.get(pairs.get(i)[1]);
            boolean tm = Double.isNaN(tv[i]);
            boolean sm = Double.isNaN(sv[i]);
            if (tm != sm) {
                oneSide++;
                differing++;
            } else if (!tm) {
                both++;
                double d = Math.abs(tv[i] - sv[i]);
                max = Math.max(max, d);
                sum += d;
                differing += options.differ(tv[i], sv[i]) ? 1 : 0;
            }
        }
        FeatureSkew.Distance distance = distance(NUMERIC_TEST, ColumnPair.numeric(name, tv, sv));
        return new FeatureSkew(name, "numeric", pairs.size(), differing, oneSide, both == 0 ? Double.NaN : max,
                both == 0 ? Double.NaN : sum / both, List.of(), distance);
    }

    private static FeatureSkew categorical(String name, Column t, Column s, List<int[]> pairs) {
        Map<String, Long> tc = new HashMap<>();
        Map<String, Long> sc = new HashMap<>();
        Map<List<String>, Long> mapped = new LinkedHashMap<>();
        long differing = 0;
        long oneSide = 0;
        for (int[] p : pairs) {
            String a = t.format(p[0]);
            String b = s.format(p[1]);
            if (a != null) {
                tc.merge(a, 1L, Long::sum);
            }
            if (b != null) {
                sc.merge(b, 1L, Long::sum);
            }
            if (!Objects.equals(a, b)) {
                differing++;
                oneSide += a == null || b == null ? 1 : 0;
                mapped.merge(java.util.Arrays.asList(a, b), 1L, Long::sum);
            }
        }
        List<ValueMapping> mappings = new ArrayList<>();
        mapped.forEach((k, v) -> mappings.add(new ValueMapping(k.get(0), k.get(1), v)));
        mappings.sort(Comparator.comparingLong(ValueMapping::count).reversed()
                .thenComparing(m -> String.valueOf(m.training())).thenComparing(m -> String.valueOf(m.serving())));
        FeatureSkew.Distance distance = tc.isEmpty() || sc.isEmpty()
                ? new FeatureSkew.Distance(CATEGORICAL_TEST, Double.NaN, Double.NaN)
                : distance(CATEGORICAL_TEST, ColumnPair.categorical(name, tc, sc));
        return new FeatureSkew(name, "categorical", pairs.size(), differing, oneSide, Double.NaN, Double.NaN,
                List.copyOf(mappings), distance);
    }

    private static FeatureSkew.Distance distance(String testName, ColumnPair pair) {
        if (pair.referenceSize() == 0 || pair.currentSize() == 0) {
            return new FeatureSkew.Distance(testName, Double.NaN, Double.NaN);
        }
        DriftTest test = DriftTests.named(testName);
        TestOutcome o = test.run(pair, TestParameters.DEFAULTS);
        return new FeatureSkew.Distance(testName, o.statistic(), o.pValue());
    }

    private static Map<String, Integer> index(Column ids, String source) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.format(i);
            if (id == null) {
                throw new InvalidDataException(source + ", row " + (i + 1) + ": the id column '" + ids.name()
                        + "' is empty; every record needs an id to be matched");
            }
            Integer before = rows.put(id, i);
            if (before != null) {
                throw new InvalidDataException(source + ", rows " + (before + 1) + " and " + (i + 1) + ": id '" + id
                        + "' appears twice in column '" + ids.name() + "'; ids must identify one record each");
            }
        }
        return rows;
    }

    private static List<String> common(Table a, Table b, String id) {
        return a.columnNames().stream().filter(c -> !c.equals(id) && b.has(c)).toList();
    }

    private static List<String> onlyIn(Table a, Table b, String id) {
        return a.columnNames().stream().filter(c -> !c.equals(id) && !b.has(c)).toList();
    }

    private static Column require(Table t, String name, String source, String option) {
        return t.find(name).orElseThrow(() -> new InvalidDataException(option + ": " + source + " has no column '"
                + name + "'; its columns are " + String.join(", ", t.columnNames())));
    }
}
