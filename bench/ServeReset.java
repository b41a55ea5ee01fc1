import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Empties a PostgreSQL database used by bench/serve_bench.sh (drops greenlight serve's tables). */
public final class ServeReset {
    public static void main(String[] args) throws Exception {
        String url = args[0].startsWith("jdbc:") ? args[0] : "jdbc:" + args[0].replaceFirst("^postgres://", "postgresql://");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS predictions, labels, pending_labels, event_counts, feature_columns, "
                    + "stored_predictions, greenlight_schema_history");
        }
    }
}
