package dev.greenlight.checklist.data;

import dev.greenlight.progress.Progress;
import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.io.DataFile;
import dev.greenlight.io.ReadOptions;
import dev.greenlight.io.TableReader;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reading the datasets of a configuration: each file once per run, with the type rules the configuration implies. */
final class DatasetFiles {
    private DatasetFiles() {
    }

    /**
     * The configured datasets, each file opened and read once even when two roles name it; numeric columns the
     * configuration names (scores, values, a regression target, weights) are read as numbers.
     */
    static Map<String, DataFile> read(GreenlightConfig config, Progress progress, List<String> notes) {
        Set<String> numeric = new HashSet<>();
        var p = config.prediction();
        addIfSet(numeric, p.score());
        addIfSet(numeric, p.value());
        addIfSet(numeric, config.columns().weight());
        if (p.probabilities() != null) {
            numeric.addAll(p.probabilities().values());
        }
        if (!config.task().isClassification()) {
            numeric.add(config.target());
        }
        ReadOptions options = new ReadOptions(config.features().types(), numeric);
        Map<String, DataFile> files = new LinkedHashMap<>();
        // each file is read once per run, even when two roles name it
        Map<Path, DataFile> read = new HashMap<>();
        for (Map.Entry<String, Path> e : config.datasets().declared().entrySet()) {
            DataFile same = read.get(e.getValue().toAbsolutePath().normalize());
            if (same != null) {
                files.put(e.getKey(), same);
                continue;
            }
            String what = "reading " + e.getKey() + " data (" + e.getValue().getFileName() + ")";
            long t0 = System.nanoTime();
            progress.step(what);
            DataFile f = TableReader.read(e.getValue(), options);
            read.put(e.getValue().toAbsolutePath().normalize(), f);
            progress.done(what + ": " + f.table().rowCount() + " rows, " + f.table().columnCount() + " columns",
                    (System.nanoTime() - t0) / 1_000_000);
            f.notes().forEach(n -> notes.add(n));
            files.put(e.getKey(), f);
        }
        return files;
    }

    private static void addIfSet(Set<String> set, String v) {
        if (v != null) {
            set.add(v);
        }
    }
}
