package dev.greenlight.monitor;

import dev.greenlight.metrics.Direction;
import dev.greenlight.metrics.MetricCatalog;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns alerts into one recommendation ({@link RecommendationRules}): a run of at least {@code retrainAfter}
 * consecutive analysis chunks where a metric is worse than its band or goal (realized where known, else estimated)
 * means retrain, or roll back when the run starts at the first analysis chunk; any other alert means investigate.
 */
final class Recommender {
    private Recommender() {
    }

    static Recommendation recommend(List<ChunkResult> chunks, List<Alert> alerts, List<Change> changes,
                                    List<MonitorResult.RankedColumn> ranking, int features, MonitorColumns columns,
                                    RecommendationRules rules) {
        List<String> reasons = new ArrayList<>();
        int bestRun = 0;
        int bestStart = -1;
        String bestMetric = null;
        String bestSource = null;
        List<String> metricNames = new ArrayList<>();
        chunks.forEach(c -> {
            c.realized().keySet().forEach(m -> { if (!metricNames.contains(m)) { metricNames.add(m); } });
            c.estimated().keySet().forEach(m -> { if (!metricNames.contains(m)) { metricNames.add(m); } });
        });
        for (String m : metricNames) {
            Direction dir = MetricCatalog.direction(columns.task(), m);
            int run = 0;
            int start = -1;
            String source = "realized";
            for (int k = 0; k < chunks.size(); k++) {
                ChunkResult c = chunks.get(k);
                boolean worse;
                String src;
                var r = c.realized().get(m);
                if (r != null && !Double.isNaN(r.value())) {
                    worse = r.alert() && !dir.better(r.value(), r.upperThreshold());
                    worse = worse && (Double.isNaN(r.lowerThreshold()) || !dir.better(r.value(), r.lowerThreshold())
                            || dir == Direction.LOWER_IS_BETTER);
                    src = "realized";
                } else {
                    var e = c.estimated().get(m);
                    worse = e != null && e.alert() && (dir == Direction.HIGHER_IS_BETTER
                            ? e.value() < e.lowerThreshold() || Double.isNaN(e.lowerThreshold())
                            : e.value() > e.upperThreshold() || Double.isNaN(e.upperThreshold()));
                    src = "estimated";
                }
                if (worse) {
                    if (run == 0) {
                        start = k;
                        source = src;
                    }
                    run++;
                    if (run > bestRun) {
                        bestRun = run;
                        bestStart = start;
                        bestMetric = m;
                        bestSource = source;
                    }
                } else {
                    run = 0;
                }
            }
        }
        Action action;
        if (bestRun >= rules.retrainAfter()) {
            ChunkResult first = chunks.get(bestStart);
            boolean fromStart = bestStart == 0 && rules.rollbackFromStart();
            action = fromStart ? Action.ROLLBACK : Action.RETRAIN;
            reasons.add(bestSource + " " + bestMetric + " was worse than its reference band or goal in " + bestRun
                    + " consecutive analysis chunks from " + first.describe()
                    + (fromStart ? ", from the first analysis chunk on" : ""));
        } else if (!alerts.isEmpty()) {
            action = Action.INVESTIGATE;
        } else {
            action = Action.NONE;
            reasons.add("no figure of the " + chunks.size() + " analysis chunks left its reference band");
        }
        long perf = alerts.stream().filter(a -> a.kind().isPerformance()).count();
        if (perf > 0) {
            reasons.add(perf + " performance alerts");
        }
        List<String> drifted = ranking.stream().filter(r -> r.alertedChunks() > 0)
                .map(r -> r.column() + " (" + r.alertedChunks() + " of " + r.chunks() + " chunks)").toList();
        if (!drifted.isEmpty()) {
            reasons.add("drifted: " + String.join(", ", drifted.subList(0, Math.min(10, drifted.size())))
                    + (drifted.size() > 10 ? " and " + (drifted.size() - 10) + " more" : ""));
        }
        for (ChunkResult c : chunks) {
            long n = c.drift().values().stream().filter(ChunkResult.Drift::alert).count();
            if (features > 0 && n >= rules.driftShare() * features) {
                reasons.add(n + " of " + features + " features drifted in " + c.describe());
                break;
            }
        }
        long quality = alerts.stream().filter(a -> a.kind() == Alert.Kind.QUALITY).count();
        if (quality > 0) {
            reasons.add(quality + " data-quality alerts");
        }
        alerts.stream().filter(a -> a.kind() == Alert.Kind.MULTIVARIATE).findFirst()
                .ifPresent(a -> reasons.add(a.message()));
        alerts.stream().filter(a -> a.kind() == Alert.Kind.LABELS).findFirst().ifPresent(a -> reasons.add(a.message()));
        changes.stream().limit(5).forEach(c -> reasons.add(c.message()));
        return new Recommendation(action, reasons);
    }
}
