package dev.greenlight.monitor;

import dev.greenlight.error.InvalidConfigException;

import java.util.List;
import java.util.Map;

/**
 * How to monitor. Every default is NannyML's where NannyML has one.
 *
 * @param chunking         how both periods are cut into chunks
 * @param metrics          performance metrics to follow (names as {@code greenlight metrics} uses them); empty = the
 *                         task's defaults ({@link #defaultMetrics})
 * @param sigmas           thresholds are the reference chunks' mean plus and minus this many standard deviations
 *                         (NannyML's {@code StandardDeviationThreshold}, 3)
 * @param calibration      CBPE: {@code auto} (isotonic calibration when it lowers the reference's calibration error,
 *                         NannyML's rule), {@code always} or {@code never}
 * @param drift            also compare each chunk's features with the reference (univariate)
 * @param multivariate     also run the domain classifier and the PCA reconstruction error per chunk
 * @param multivariateRows rows sampled from each side for the multivariate methods
 * @param changeAlpha      family-wise significance of the change-point tests over all series of one run
 * @param permutations     permutations of each change-point test
 * @param seed             seed of every random choice (permutations, samples)
 * @param goals            a floor (higher-is-better metrics) or ceiling (lower-is-better) per metric; below it is a
 *                         performance alert even inside the reference band
 * @param rules            when to recommend retraining or rolling back
 */
public record MonitorOptions(Chunking chunking, List<String> metrics, double sigmas, String calibration,
                             boolean drift, boolean multivariate, int multivariateRows, double changeAlpha,
                             int permutations, long seed, Map<String, Double> goals, RecommendationRules rules) {
    public static final double DEFAULT_SIGMAS = 3;
    public static final double DEFAULT_CHANGE_ALPHA = 0.01;
    public static final int DEFAULT_PERMUTATIONS = 999;
    public static final int DEFAULT_MULTIVARIATE_ROWS = 2_000;
    public static final long DEFAULT_SEED = 42;

    public MonitorOptions {
        if (chunking == null) {
            throw new InvalidConfigException("monitoring needs a chunking");
        }
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
        goals = goals == null ? Map.of() : Map.copyOf(goals);
        if (!(sigmas > 0)) {
            throw new InvalidConfigException("monitoring.sigmas must be positive, got " + sigmas);
        }
        if (!List.of("auto", "always", "never").contains(calibration)) {
            throw new InvalidConfigException("monitoring.calibration must be auto, always or never, got '"
                    + calibration + "'");
        }
        if (!(changeAlpha > 0 && changeAlpha < 1)) {
            throw new InvalidConfigException("monitoring.change_alpha must be in (0, 1), got " + changeAlpha);
        }
        if (permutations < 19) {
            throw new InvalidConfigException("monitoring needs at least 19 permutations per change-point test, got "
                    + permutations);
        }
        if (multivariateRows < 50) {
            throw new InvalidConfigException("monitoring.multivariate_rows must be at least 50, got "
                    + multivariateRows);
        }
        if (rules == null) {
            rules = RecommendationRules.defaults();
        }
    }

    public static MonitorOptions defaults() {
        return new MonitorOptions(Chunking.defaults(), List.of(), DEFAULT_SIGMAS, "auto", true, true,
                DEFAULT_MULTIVARIATE_ROWS, DEFAULT_CHANGE_ALPHA, DEFAULT_PERMUTATIONS, DEFAULT_SEED, Map.of(),
                RecommendationRules.defaults());
    }

    public MonitorOptions withChunking(Chunking c) {
        return new MonitorOptions(c, metrics, sigmas, calibration, drift, multivariate, multivariateRows, changeAlpha,
                permutations, seed, goals, rules);
    }

    public MonitorOptions withMetrics(List<String> m) {
        return new MonitorOptions(chunking, m, sigmas, calibration, drift, multivariate, multivariateRows,
                changeAlpha, permutations, seed, goals, rules);
    }

    public MonitorOptions withDrift(boolean univariate, boolean multi) {
        return new MonitorOptions(chunking, metrics, sigmas, calibration, univariate, multi, multivariateRows,
                changeAlpha, permutations, seed, goals, rules);
    }

    public MonitorOptions withSeed(long s) {
        return new MonitorOptions(chunking, metrics, sigmas, calibration, drift, multivariate, multivariateRows,
                changeAlpha, permutations, s, goals, rules);
    }

    public MonitorOptions withCalibration(String c) {
        return new MonitorOptions(chunking, metrics, sigmas, c, drift, multivariate, multivariateRows, changeAlpha,
                permutations, seed, goals, rules);
    }

    public MonitorOptions withGoals(Map<String, Double> g) {
        return new MonitorOptions(chunking, metrics, sigmas, calibration, drift, multivariate, multivariateRows,
                changeAlpha, permutations, seed, g, rules);
    }

    public MonitorOptions withRules(RecommendationRules r) {
        return new MonitorOptions(chunking, metrics, sigmas, calibration, drift, multivariate, multivariateRows,
                changeAlpha, permutations, seed, goals, r);
    }

    public MonitorOptions withChangeTest(double alpha, int perms) {
        return new MonitorOptions(chunking, metrics, sigmas, calibration, drift, multivariate, multivariateRows,
                alpha, perms, seed, goals, rules);
    }

    /**
     * The metrics followed by default: binary ROC AUC (with scores), accuracy, precision, recall and F1 (with
     * predicted labels); multiclass ROC AUC (one-vs-rest macro), accuracy and macro F1; regression MAE and RMSE.
     * These are the metrics CBPE and DLE can estimate.
     */
    public static List<String> defaultMetrics(MonitorColumns c) {
        return switch (c.task()) {
            case BINARY -> {
                java.util.List<String> out = new java.util.ArrayList<>();
                if (c.score() != null || c.probaPrefix() != null) {
                    out.add("roc_auc");
                }
                if (c.prediction() != null) {
                    out.addAll(List.of("accuracy", "precision", "recall", "f1"));
                }
                yield out;
            }
            case MULTICLASS -> {
                java.util.List<String> out = new java.util.ArrayList<>();
                if (c.probaPrefix() != null) {
                    out.add("roc_auc");
                }
                if (c.prediction() != null) {
                    out.addAll(List.of("accuracy", "f1_macro"));
                }
                yield out;
            }
            case REGRESSION, FORECAST -> List.of("mae", "rmse");
        };
    }
}
