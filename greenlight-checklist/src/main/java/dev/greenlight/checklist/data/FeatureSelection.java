package dev.greenlight.checklist.data;

import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.error.InvalidDataException;
import dev.greenlight.io.DataFile;
import dev.greenlight.model.ModelInputs;
import dev.greenlight.table.Column;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.Table;
import dev.greenlight.text.Suggestions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which columns are the model's features, one selection shared with the model code, and that every dataset has them. */
final class FeatureSelection {
    private FeatureSelection() {
    }

    /**
     * The features (name to type): the model's inputs as {@link ModelInputs#defaultFeatures} selects them for every
     * model of the run, each present in every dataset with one storage type; a column left out because it
     * identifies rows is noted.
     */
    static Map<String, ColumnType> of(GreenlightConfig config, Map<String, DataFile> files, List<String> notes) {
        Table train = files.get("train").table();
        // the models of the run are fed the same selection (ModelScoring, ModelOutcomes.context)
        List<String> names = ModelInputs.defaultFeatures(config, train);
        if (config.features().include() != null) {
            List<String> include = config.features().include();
            for (int i = 0; i < include.size(); i++) {
                if (!train.has(include.get(i))) {
                    throw new InvalidDataException(config.locations().describe("/features/include/" + i,
                            "feature '" + include.get(i) + "' is not a column of " + files.get("train").fileName()
                                    + Suggestions.didYouMean(include.get(i), train.columnNames())));
                }
            }
        } else {
            for (String c : train.columnNames()) {
                if (ModelInputs.isUnnamedIdentifier(c, train)) {
                    notes.add("Column '" + c + "' is not used as a feature: it identifies rows (a distinct value in "
                            + "every row of " + files.get("train").fileName() + "); declare it as columns.id, or "
                            + "list it under features.include to use it anyway.");
                }
            }
        }
        Map<String, ColumnType> types = new LinkedHashMap<>();
        for (String name : names) {
            Column reference = train.column(name);
            types.put(name, reference.type());
            for (var e : files.entrySet()) {
                Table t = e.getValue().table();
                if (!t.has(name)) {
                    throw new InvalidDataException(e.getValue().path() + ": feature '" + name + "' (a column of "
                            + files.get("train").fileName() + ") is missing" + Suggestions.didYouMean(name,
                            t.columnNames()) + "; add it, or list it under features.exclude");
                }
                Column c = t.column(name);
                if (c.type().isNumericStorage() != reference.type().isNumericStorage()) {
                    throw new InvalidDataException(e.getValue().path() + ": feature '" + name + "' is "
                            + c.type().key() + " here but " + reference.type().key() + " in "
                            + files.get("train").fileName() + "; declare its type under features.types, or fix "
                            + "the values that differ");
                }
            }
        }
        return types;
    }
}
