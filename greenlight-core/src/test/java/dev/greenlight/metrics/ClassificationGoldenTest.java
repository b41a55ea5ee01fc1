package dev.greenlight.metrics;

import dev.greenlight.oracle.OracleCase;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/** Every case and key of {@code testdata/oracle/classification.json} (scikit-learn 1.2.1). */
class ClassificationGoldenTest {

    @TestFactory
    Stream<DynamicContainer> classification() {
        Map<String, Golden.Check<ClassificationOutcomes>> checks = new HashMap<>();
        for (String name : new String[] {"accuracy", "balanced_accuracy", "precision_macro", "recall_macro",
                "f1_macro", "precision_micro", "recall_micro", "f1_micro", "precision_weighted", "recall_weighted",
                "f1_weighted", "roc_auc", "roc_auc_ovr_weighted", "average_precision", "log_loss",
                "matthews_corrcoef", "cohen_kappa"}) {
            checks.put(name, catalogue(name));
        }
        checks.put("precision_binary", catalogue("precision"));
        checks.put("recall_binary", catalogue("recall"));
        checks.put("f1_binary", catalogue("f1"));
        checks.put("brier_score_loss", catalogue("brier_score"));
        checks.put("roc_auc_ovr_macro", catalogue("roc_auc"));
        checks.put("roc_auc_ovo_macro", catalogue("roc_auc_ovo"));
        checks.put("precision_per_class", perClass(PerClassScores::precision));
        checks.put("recall_per_class", perClass(PerClassScores::recall));
        checks.put("f1_per_class", perClass(PerClassScores::f1));
        checks.put("confusion_matrix", (c, o, key) -> c.assertClose(key, ConfusionMatrix.of(o).counts()));
        checks.put("confusion_matrix_normalize_true",
                (c, o, key) -> c.assertClose(key, ConfusionMatrix.of(o).normalizedByTrue()));
        return Golden.tests("classification", OracleOutcomes::classification, checks);
    }

    private static Golden.Check<ClassificationOutcomes> catalogue(String metric) {
        return (c, o, key) -> Golden.scalar(c, key, MetricCatalog.compute(task(o), metric, o));
    }

    private static Golden.Check<ClassificationOutcomes> perClass(Function<PerClassScores, double[]> scores) {
        return (OracleCase c, ClassificationOutcomes o, String key) ->
                c.assertClose(key, scores.apply(ConfusionMatrix.of(o).perClass()));
    }

    private static Task task(ClassificationOutcomes o) {
        return o.isBinary() ? Task.BINARY : Task.MULTICLASS;
    }
}
