package dev.greenlight.io;

import dev.greenlight.error.InvalidDataException;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats Greenlight reads, told apart by the file name's extension. */
public enum DataFormat {
    CSV("read_csv"),
    PARQUET("read_parquet"),
    JSON_LINES("read_json");

    private final String duckdbFunction;

    DataFormat(String duckdbFunction) {
        this.duckdbFunction = duckdbFunction;
    }

    /** The DuckDB table function that reads this format. */
    String duckdbFunction() {
        return duckdbFunction;
    }

    public static final String SUPPORTED = ".csv, .tsv, .txt (optionally .gz), .parquet, .pq, .jsonl, .ndjson, .json"
            + " (optionally .gz)";

    /** The format of a file; throws {@link InvalidDataException} naming the supported extensions otherwise. */
    public static DataFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
            return CSV;
        }
        if (name.endsWith(".parquet") || name.endsWith(".pq")) {
            return PARQUET;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return JSON_LINES;
        }
        throw new InvalidDataException(file + ": unknown data format; expected one of " + SUPPORTED);
    }
}
