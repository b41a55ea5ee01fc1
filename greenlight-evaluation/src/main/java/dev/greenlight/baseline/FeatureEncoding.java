package dev.greenlight.baseline;

import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.Column;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The features of a {@link BaselineInput} as numeric design columns, learnt on the training rows and applied
 * alike to the test rows:
 * <ul>
 *   <li>numeric and datetime features: a missing value becomes the (weighted) training mean; standardised (when
 *       asked) as scikit-learn's {@code StandardScaler} fitted on the training rows: minus the mean, divided by the
 *       population standard deviation ({@code ddof=0}); a feature constant in training is dropped (it carries no
 *       information; StandardScaler would turn it into zeros); one with missing training values gets a 0/1
 *       column "{@code name} is missing" after it;</li>
 *   <li>categorical and boolean features: one 0/1 column per training category ({@code OneHotEncoder}, not
 *       scaled), a missing value being a category of its own; at most {@link #MAX_LEVELS} categories per feature,
 *       the most frequent (ties by value); a test category outside them sets no column
 *       ({@code handle_unknown='ignore'});</li>
 *   <li>text features are left out.</li>
 * </ul>
 * Columns are held column-major: {@code train()[j][i]} is design column j of training row i.
 */
final class FeatureEncoding {
    /** Most one-hot columns per categorical feature: an identifier column must not become thousands of columns. */
    static final int MAX_LEVELS = 50;
    private static final String MISSING_LEVEL = "(missing)";

    /** What one design column holds. */
    enum Kind { NUMERIC, LEVEL, MISSING }

    /**
     * One design column.
     *
     * @param feature the feature it comes from
     * @param kind    a numeric value, a category indicator, or a missing-value indicator
     * @param level   the category (LEVEL), else null
     * @param fill    NUMERIC: the training mean, which replaces a missing value
     * @param centre  NUMERIC: subtracted from the value (the training mean, or 0 when not standardised)
     * @param scale   NUMERIC: then divided by (the training standard deviation, or 1 when not standardised)
     */
    record Encoded(String feature, Kind kind, String level, double fill, double centre, double scale) {

        /** How a report names it: {@code bmi}, {@code colour = red}, {@code bmi is missing}. */
        String label() {
            return switch (kind) {
                case NUMERIC -> "'" + feature + "'";
                case LEVEL -> "'" + feature + "' = '" + level + "'";
                case MISSING -> "'" + feature + "' is missing";
            };
        }
    }

    private final List<Encoded> columns;
    private final double[][] train;
    private final double[][] test;
    private final int numericFeatures;
    private final int categoricalFeatures;

    private FeatureEncoding(List<Encoded> columns, double[][] train, double[][] test, int numericFeatures,
                            int categoricalFeatures) {
        this.columns = columns;
        this.train = train;
        this.test = test;
        this.numericFeatures = numericFeatures;
        this.categoricalFeatures = categoricalFeatures;
    }

    /** Encodes every non-text feature of the input, standardising the numeric ones when asked. */
    static FeatureEncoding of(BaselineInput input, boolean standardize) {
        List<Encoded> columns = new ArrayList<>();
        List<double[]> train = new ArrayList<>();
        List<double[]> test = new ArrayList<>();
        int numeric = 0;
        int categorical = 0;
        for (String f : input.features()) {
            ColumnType type = input.featureType(f);
            Column tr = input.trainColumn(f);
            Column te = input.testColumn(f);
            int before = columns.size();
            if (type.isNumericStorage() && tr instanceof NumericColumn ntr && te instanceof NumericColumn nte) {
                numeric(f, ntr, nte, input.train(), standardize, columns, train, test);
                numeric += columns.size() > before ? 1 : 0;
            } else if (type != ColumnType.TEXT && tr instanceof CategoricalColumn ctr
                    && te instanceof CategoricalColumn cte) {
                categorical(f, ctr, cte, columns, train, test);
                categorical += columns.size() > before ? 1 : 0;
            }
        }
        return new FeatureEncoding(List.copyOf(columns), train.toArray(new double[0][]), test.toArray(new double[0][]),
                numeric, categorical);
    }

    private static void numeric(String f, NumericColumn tr, NumericColumn te, TrainingTruth truth,
                                boolean standardize, List<Encoded> columns, List<double[]> train,
                                List<double[]> test) {
        double sum = 0;
        double weight = 0;
        for (int i = 0; i < tr.size(); i++) {
            if (!tr.isMissing(i)) {
                sum += truth.weight(i) * tr.get(i);
                weight += truth.weight(i);
            }
        }
        if (!(weight > 0)) {
            return; // no training value: nothing to learn from
        }
        double mean = sum / weight;
        double squares = 0;
        for (int i = 0; i < tr.size(); i++) {
            if (!tr.isMissing(i)) {
                double d = tr.get(i) - mean;
                squares += truth.weight(i) * d * d;
            }
        }
        double sd = Math.sqrt(squares / weight);
        if (!(sd > 0)) {
            return;
        }
        Encoded e = standardize ? new Encoded(f, Kind.NUMERIC, null, mean, mean, sd)
                : new Encoded(f, Kind.NUMERIC, null, mean, 0.0, 1.0);
        columns.add(e);
        train.add(values(tr, e));
        test.add(values(te, e));
        if (tr.missingCount() > 0) {
            columns.add(new Encoded(f, Kind.MISSING, null, 0, 0, 1));
            train.add(missing(tr));
            test.add(missing(te));
        }
    }

    private static double[] values(NumericColumn c, Encoded e) {
        double[] out = new double[c.size()];
        for (int i = 0; i < out.length; i++) {
            double v = c.get(i);
            out[i] = ((Double.isNaN(v) ? e.fill() : v) - e.centre()) / e.scale();
        }
        return out;
    }

    private static double[] missing(Column c) {
        double[] out = new double[c.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = c.isMissing(i) ? 1.0 : 0.0;
        }
        return out;
    }

    private static void categorical(String f, CategoricalColumn tr, CategoricalColumn te, List<Encoded> columns,
                                    List<double[]> train, List<double[]> test) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < tr.size(); i++) {
            counts.merge(levelOf(tr, i), 1, Integer::sum);
        }
        if (counts.size() < 2) {
            return; // one category in training: constant
        }
        List<String> levels = new ArrayList<>(counts.keySet());
        levels.sort((a, b) -> counts.get(a).equals(counts.get(b)) ? a.compareTo(b) : counts.get(b) - counts.get(a));
        for (String level : levels.subList(0, Math.min(MAX_LEVELS, levels.size()))) {
            columns.add(new Encoded(f, Kind.LEVEL, level, 0, 0, 1));
            train.add(indicator(tr, level));
            test.add(indicator(te, level));
        }
    }

    private static String levelOf(CategoricalColumn c, int row) {
        String v = c.get(row);
        return v == null ? MISSING_LEVEL : v;
    }

    private static double[] indicator(CategoricalColumn c, String level) {
        double[] out = new double[c.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = levelOf(c, i).equals(level) ? 1.0 : 0.0;
        }
        return out;
    }

    List<Encoded> columns() {
        return columns;
    }

    int width() {
        return columns.size();
    }

    /** Design columns of the training rows, column-major. */
    double[][] train() {
        return train;
    }

    /** Design columns of the test rows, column-major. */
    double[][] test() {
        return test;
    }

    /** "3 numeric and 2 categorical features (9 columns)", for summaries. */
    String describe() {
        List<String> parts = new ArrayList<>();
        if (numericFeatures > 0) {
            parts.add(numericFeatures + " numeric");
        }
        if (categoricalFeatures > 0) {
            parts.add(categoricalFeatures + " categorical");
        }
        if (parts.isEmpty()) {
            return "no usable feature (intercept only)";
        }
        int features = numericFeatures + categoricalFeatures;
        return String.join(" and ", parts) + " feature" + (features == 1 ? "" : "s") + " (" + width() + " column"
                + (width() == 1 ? "" : "s") + ")";
    }
}
