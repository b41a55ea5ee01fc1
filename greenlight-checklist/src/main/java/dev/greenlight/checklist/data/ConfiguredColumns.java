package dev.greenlight.checklist.data;

import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.error.InvalidDataException;
import dev.greenlight.io.DataFile;
import dev.greenlight.text.Suggestions;

import java.util.List;
import java.util.Map;

/**
 * The columns and classes the configuration names beside the features, checked against the data before any check
 * runs: sensitive attributes, slices, the evaluation unit and the team's baseline columns are columns of the test
 * data; production priors name exactly the classes of the data.
 */
final class ConfiguredColumns {
    private ConfiguredColumns() {
    }

    /** @throws InvalidDataException naming the configuration key and line, with the closest column */
    static void check(GreenlightConfig config, Map<String, DataFile> files, List<String> labels) {
        DataFile test = files.get("test");
        present(config, test, config.sensitive(), "/sensitive", "sensitive attribute");
        present(config, test, config.slices(), "/slices", "slice column");
        String unit = config.metrics().aggregateBy();
        if (unit != null && !test.table().has(unit)) {
            throw new InvalidDataException(config.locations().describe("/metrics/aggregate_by", "the evaluation unit "
                    + "column '" + unit + "' is not a column of " + test.fileName()
                    + Suggestions.didYouMean(unit, test.table().columnNames())));
        }
        priors(config, labels);
        for (int i = 0; i < config.baselines().size(); i++) {
            String column = config.baselines().get(i).column();
            if (column != null && !test.table().has(column)) {
                throw new InvalidDataException(config.locations().describe("/baselines/" + i + "/column", "the "
                        + "baseline column '" + column + "' is not a column of " + test.fileName()
                        + Suggestions.didYouMean(column, test.table().columnNames())));
            }
        }
    }

    private static void present(GreenlightConfig config, DataFile test, List<String> names, String path,
                                String what) {
        for (int i = 0; i < names.size(); i++) {
            if (!test.table().has(names.get(i))) {
                throw new InvalidDataException(config.locations().describe(path + "/" + i, what + " '"
                        + names.get(i) + "' is not a column of " + test.fileName()
                        + Suggestions.didYouMean(names.get(i), test.table().columnNames())));
            }
        }
    }

    private static void priors(GreenlightConfig config, List<String> labels) {
        var priors = config.metrics().productionPriors();
        if (priors.isEmpty()) {
            return;
        }
        for (String label : priors.keySet()) {
            if (!labels.contains(label)) {
                throw new InvalidDataException(config.locations().describe("/metrics/production_priors",
                        "class '" + label + "' is not a label of the data" + Suggestions.didYouMean(label, labels)
                                + "; the labels are " + labels));
            }
        }
        for (String label : labels) {
            if (!priors.containsKey(label)) {
                throw new InvalidDataException(config.locations().describe("/metrics/production_priors",
                        "no production share for class '" + label + "'; give one for each of " + labels));
            }
        }
    }
}
