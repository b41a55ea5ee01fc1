package dev.greenlight.checklist.plan;

import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.ConditionResult;
import dev.greenlight.checklist.Measurements;
import dev.greenlight.checklist.data.ModelOutcomes;
import dev.greenlight.checklist.data.PreparedDataset;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.config.GreenlightConfig.ModelConfig;
import dev.greenlight.error.GreenlightException;
import dev.greenlight.io.stream.ColumnarSource;
import dev.greenlight.io.stream.SourceColumn;
import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.Outcomes;
import dev.greenlight.metrics.RegressionOutcomes;
import dev.greenlight.model.Model;
import dev.greenlight.model.Models;
import dev.greenlight.text.Figures;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recorded predictions against the model: when a dataset's file holds prediction columns and the configuration
 * names a primary model, the model re-scores the rows and each labelled row's recorded output is compared with
 * the model's. A row disagrees when the predicted label differs, or a score, class probability or value differs by
 * more than {@code checks.integration.rescore_tolerance} (default 1e-6) times {@code max(1, |recorded|)}. More than
 * {@code checks.integration.max_rescore_disagreement} (default 0) of disagreeing rows fails the item: the file's
 * predictions are not what the model under review produces (another version, another preprocessing), so every
 * metric measured on them describes another model.
 */
final class RecordedPredictions {

    private RecordedPredictions() {
    }

    static ConditionResult add(CheckContext ctx, Measurements b) {
        GreenlightConfig config = ctx.config();
        Optional<ModelConfig> primary = config.primaryModel();
        String recordedColumn = outputColumn(config.prediction());
        if (primary.isEmpty() || recordedColumn == null
                || recordedColumn.startsWith(GreenlightConfig.PredictionColumns.MODEL_PREFIX)) {
            return null;
        }
        double tolerance = ctx.settings().integration().rescoreTolerance();
        double limit = ctx.settings().integration().maxRescoreDisagreement();
        String name = primary.get().name();
        ConditionResult verdict = null;
        try (Model model = Models.load(primary.get(), ModelOutcomes.context(ctx.data()))) {
            for (PreparedDataset d : ctx.data().datasets().values()) {
                if (d.outcomes() == null || !recordedIn(d, recordedColumn)) {
                    continue;
                }
                Outcomes rescored = ModelOutcomes.score(config, ctx.data(), d, model, name);
                long differing = differing(d.outcomes(), rescored, tolerance);
                double share = (double) differing / d.outcomes().size();
                b.evidence(Evidence.number(Evidence.id("recorded_predictions_differing", d.role()), "recorded predictions that differ from model '" + name + "' ("
                        + d.role() + ")", share, "labelled rows of " + d.file().fileName() + " whose recorded "
                        + "label differs, or whose score or value differs by more than " + Figures.format(tolerance)
                        + " x max(1, |recorded|), from the model's re-scored output", d.outcomes().size(), d.role()));
                if (share > limit) {
                    b.finding(differing + " of " + d.outcomes().size() + " recorded predictions in "
                            + d.file().fileName() + " differ from what model '" + name + "' predicts for the same "
                            + "rows: the file's predictions come from another model version or another "
                            + "preprocessing, so the metrics measured on them do not describe this model.");
                    verdict = ConditionResult.fail("recorded-predictions-match", Figures.percent(share) + " of the recorded "
                            + "predictions in " + d.file().fileName() + " differ from model '" + name + "'");
                }
            }
        } catch (GreenlightException e) {
            b.finding("The recorded predictions could not be compared with model '" + name + "': " + e.getMessage());
            return ConditionResult.warn("recorded-predictions-match", "the recorded predictions could not be re-scored");
        }
        return verdict;
    }

    /** Rows where the two outputs disagree. */
    static long differing(Outcomes recorded, Outcomes rescored, double tolerance) {
        long n = 0;
        if (recorded instanceof RegressionOutcomes r && rescored instanceof RegressionOutcomes s) {
            for (int i = 0; i < r.size(); i++) {
                n += differ(r.yPred()[i], s.yPred()[i], tolerance) ? 1 : 0;
            }
            return n;
        }
        ClassificationOutcomes r = (ClassificationOutcomes) recorded;
        ClassificationOutcomes s = (ClassificationOutcomes) rescored;
        for (int i = 0; i < r.size(); i++) {
            boolean d = r.hasPredictions() && s.hasPredictions() && r.predictions()[i] != s.predictions()[i];
            if (!d && r.positiveScores() != null && s.positiveScores() != null) {
                d = differ(r.positiveScores()[i], s.positiveScores()[i], tolerance);
            }
            if (!d && r.probabilities() != null && s.probabilities() != null) {
                for (int k = 0; k < r.probabilities().length && !d; k++) {
                    d = differ(r.probabilities()[k][i], s.probabilities()[k][i], tolerance);
                }
            }
            n += d ? 1 : 0;
        }
        return n;
    }

    private static boolean differ(double recorded, double rescored, double tolerance) {
        if (Double.isNaN(recorded) || Double.isNaN(rescored)) {
            return Double.isNaN(recorded) != Double.isNaN(rescored);
        }
        return Math.abs(recorded - rescored) > tolerance * Math.max(1.0, Math.abs(recorded));
    }

    /** The column whose presence in a file means the predictions were recorded, not scored by Greenlight. */
    private static String outputColumn(GreenlightConfig.PredictionColumns p) {
        if (p.value() != null) {
            return p.value();
        }
        if (p.label() != null) {
            return p.label();
        }
        if (p.score() != null) {
            return p.score();
        }
        if (p.probabilities() != null && !p.probabilities().isEmpty()) {
            return p.probabilities().values().iterator().next();
        }
        return null;
    }

    /** Whether the file itself (not Greenlight's scoring) holds the prediction column. */
    private static boolean recordedIn(PreparedDataset d, String column) {
        try (ColumnarSource source = ColumnarSource.open(d.file().path())) {
            Set<String> names = source.columns().stream().map(SourceColumn::name).collect(Collectors.toSet());
            return names.contains(column);
        }
    }
}
