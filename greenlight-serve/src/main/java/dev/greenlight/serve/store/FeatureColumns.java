package dev.greenlight.serve.store;

import dev.greenlight.serve.FeatureSchema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The typed columns of {@code predictions} that hold the configuration's features: {@code f1}, {@code f2}, ...,
 * listed in {@code feature_columns} with the feature's name and {@link FeatureStorage}. A feature new to the store
 * gets a new column, which older rows read as missing; so does a feature whose storage changed (numeric to
 * categorical, say), so that a column never holds two kinds of value. A feature no longer in the configuration keeps
 * its column, unread. Column names are made here and never from a feature's name: no name from a configuration or a
 * request becomes SQL.
 */
public final class FeatureColumns {
    private final List<StoredFeature> features;

    /**
     * One feature of the schema and its column.
     *
     * @param feature the feature's name in the configuration's train data
     * @param storage how its values are stored
     * @param column  its column in {@code predictions}
     */
    public record StoredFeature(String feature, FeatureStorage storage, String column) {
    }

    private FeatureColumns(List<StoredFeature> features) {
        this.features = List.copyOf(features);
    }

    /** The schema's features, in its order, each with its column. */
    public List<StoredFeature> features() {
        return features;
    }

    /**
     * Finds the column of every feature of the schema, adding the missing ones, and commits. Runs before the store
     * takes writes; adding a column is its own transaction, because DuckDB refuses to commit a change of a table's
     * columns together with writes to that table.
     */
    static FeatureColumns ensure(Connection c, FeatureSchema schema) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            List<StoredFeature> known = registered(c);
            List<StoredFeature> out = new ArrayList<>();
            int next = known.size() + 1;
            for (Map.Entry<String, dev.greenlight.table.ColumnType> e : schema.types().entrySet()) {
                FeatureStorage storage = FeatureStorage.of(e.getValue());
                StoredFeature found = known.stream().filter(k -> k.feature().equals(e.getKey())
                        && k.storage() == storage).findFirst().orElse(null);
                if (found == null) {
                    found = new StoredFeature(e.getKey(), storage, "f" + next++);
                    try (Statement s = c.createStatement()) {
                        // the column name is made above ("f" and a number) and the type is a constant
                        s.execute("ALTER TABLE predictions ADD COLUMN " + found.column() + " " + storage.sqlType());
                    }
                    c.commit();
                    try (PreparedStatement p = c.prepareStatement("INSERT INTO feature_columns (column_name, "
                            + "feature, storage) VALUES (?, ?, ?)")) {
                        p.setString(1, found.column());
                        p.setString(2, found.feature());
                        p.setString(3, found.storage().name());
                        p.executeUpdate();
                    }
                    c.commit();
                }
                out.add(found);
            }
            return new FeatureColumns(out);
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static List<StoredFeature> registered(Connection c) throws SQLException {
        List<StoredFeature> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT column_name, feature, storage FROM feature_columns")) {
            while (r.next()) {
                out.add(new StoredFeature(r.getString(2), FeatureStorage.valueOf(r.getString(3)), r.getString(1)));
            }
        }
        return out;
    }

    /** Column names in {@code predictions}, in the table's order (the order DuckDB's appender fills). */
    static List<String> tableColumns(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT column_name FROM information_schema.columns WHERE "
                + "table_name = 'predictions' AND table_schema = current_schema() ORDER BY ordinal_position");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(r.getString(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }
}
