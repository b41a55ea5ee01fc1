package dev.greenlight.monitor;

import dev.greenlight.io.TableReader;
import dev.greenlight.table.Table;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's copies of the NannyML data sets (testdata/data/nannyml, gzip-compressed). */
final class TestData {
    private TestData() {
    }

    static Path repo() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("testdata"))) {
            dir = dir.getParent();
        }
        return dir;
    }

    static Path nannyml(String name) {
        return repo().resolve("testdata/data/nannyml").resolve(name + ".csv.gz");
    }

    static Table read(String name) {
        return TableReader.read(nannyml(name)).table();
    }
}
