package dev.greenlight.serve;

import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.error.InvalidDataException;
import dev.greenlight.io.ReadOptions;
import dev.greenlight.io.TableReader;
import dev.greenlight.table.Table;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.greenlight.table.ColumnType;

/**
 * The features a prediction must carry: the columns of the configuration's train data that have no other role
 * (target, prediction, score, id, timestamp, group, weight), with their types as read from that data, or as
 * {@code features.include/exclude/types} set them.
 *
 * @param types      feature name to type, in the train data's column order
 * @param source     the file the schema was read from, for messages
 */
public record FeatureSchema(Map<String, ColumnType> types, Path source) {

    public FeatureSchema {
        types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
    }

    public static FeatureSchema of(GreenlightConfig config) {
        Path train = config.datasets().train();
        if (train == null) {
            throw new InvalidDataException(config.file() + ": datasets.train is needed: greenlight serve checks "
                    + "every prediction's features against the train data's columns");
        }
        Path file = train.isAbsolute() ? train : config.folder().resolve(train);
        Table table = TableReader.read(file, new ReadOptions(config.features().types(), Set.of())).table();
        Set<String> roles = roleColumns(config);
        List<String> names = config.features().include() != null ? config.features().include()
                : table.columnNames().stream().filter(c -> !roles.contains(c)).toList();
        Map<String, ColumnType> types = new LinkedHashMap<>();
        for (String name : names) {
            if (config.features().exclude().contains(name)) {
                continue;
            }
            if (!table.has(name)) {
                throw new InvalidDataException(config.file() + ": features.include names '" + name + "', which is "
                        + "not a column of " + file);
            }
            types.put(name, table.column(name).type());
        }
        return new FeatureSchema(types, file);
    }

    /** Columns with a role other than feature, as the checklist's data preparation also excludes them. */
    private static Set<String> roleColumns(GreenlightConfig config) {
        Set<String> out = new HashSet<>();
        out.add(config.target());
        var p = config.prediction();
        if (p != null) {
            if (p.label() != null) {
                out.add(p.label());
            }
            if (p.score() != null) {
                out.add(p.score());
            }
            if (p.value() != null) {
                out.add(p.value());
            }
            if (p.probabilities() != null) {
                out.addAll(p.probabilities().values());
            }
        }
        var c = config.columns();
        for (String s : new String[]{c.id(), c.timestamp(), c.group(), c.weight(), config.metrics().aggregateBy()}) {
            if (s != null) {
                out.add(s);
            }
        }
        config.baselines().stream().filter(b -> b.column() != null).forEach(b -> out.add(b.column()));
        return out;
    }
}
