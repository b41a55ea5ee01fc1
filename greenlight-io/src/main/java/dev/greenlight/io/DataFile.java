package dev.greenlight.io;

import dev.greenlight.table.Table;

import java.nio.file.Path;
import java.util.List;

/**
 * A data file read into a table.
 *
 * @param path   the file as given (resolved against the configuration's folder)
 * @param format its format
 * @param sha256 the SHA-256 of its bytes
 * @param table  its contents
 * @param notes  things worth telling the user that did not stop the read (a column that looks numeric but is
 *               not, for example)
 */
public record DataFile(Path path, DataFormat format, String sha256, Table table, List<String> notes) {

    public DataFile {
        notes = List.copyOf(notes);
    }

    public String fileName() {
        return path.getFileName().toString();
    }
}
