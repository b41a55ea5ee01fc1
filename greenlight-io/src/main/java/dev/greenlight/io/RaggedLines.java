package dev.greenlight.io;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The first line of a CSV file whose number of fields differs from the header's. DuckDB's sniffer, meeting such a
 * line, falls back to another layout (one column named after the whole header, or no header at all) instead of
 * saying which line broke it, and the user is then told a column is missing; reading again with the delimiter
 * fixed and DuckDB's rejects table on names the line.
 */
final class RaggedLines {
    private RaggedLines() {
    }

    /** The delimiters a header line that DuckDB read as one column may hold. */
    static final String CANDIDATES = ",;\t|";

    /** The first ragged line when {@code delimiter} splits the file, or empty when every line fits (or it cannot tell). */
    static Optional<ReadError> first(Connection conn, Path file, char delimiter) {
        String path = DuckDbSource.literal(file.toAbsolutePath().toString());
        try (Statement st = conn.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM read_csv(" + path + ", delim = "
                    + DuckDbSource.literal(String.valueOf(delimiter)) + ", header = true, all_varchar = true, "
                    + "store_rejects = true, rejects_table = 'greenlight_rejects', "
                    + "rejects_scan = 'greenlight_reject_scans')")) {
                // read to the end: with streamed results the rejects are stored only when the scan finishes
                while (rs.next()) {
                    rs.getLong(1);
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT line, error_message FROM greenlight_rejects ORDER BY line "
                    + "LIMIT 1")) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                ReadError e = ReadError.of(file, DataFormat.CSV, rs.getString(2));
                return Optional.of(new ReadError(file, DataFormat.CSV, rs.getLong(1), null, e.cause()));
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    /** A delimiter that the one column name DuckDB found holds, or 0. */
    static char delimiterIn(String header) {
        for (char c : CANDIDATES.toCharArray()) {
            if (header.indexOf(c) >= 0) {
                return c;
            }
        }
        return 0;
    }
}
