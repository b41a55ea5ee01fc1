package dev.greenlight.serve.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each value of a {@link PredictionRow} goes among the columns of {@code predictions}, in the table's order:
 * the fixed columns, the schema's feature columns, and null for the rest (the label, filled when it arrives, and
 * columns of features no longer in the configuration).
 */
final class PredictionLayout {
    /** What a column holds. */
    enum Kind { ID, TS, PREDICTION, SCORE, RECEIVED, FEATURE, NONE }

    /**
     * One column.
     *
     * @param feature for {@link Kind#FEATURE}, the feature's position in the schema; else -1
     */
    record Slot(String column, Kind kind, int feature) {
    }

    private final List<Slot> slots;

    private PredictionLayout(List<Slot> slots) {
        this.slots = List.copyOf(slots);
    }

    static PredictionLayout of(List<String> tableColumns, FeatureColumns features) {
        List<Slot> out = new ArrayList<>();
        List<FeatureColumns.StoredFeature> fs = features.features();
        for (String column : tableColumns) {
            int feature = -1;
            for (int i = 0; i < fs.size(); i++) {
                if (fs.get(i).column().equals(column)) {
                    feature = i;
                }
            }
            Kind kind = switch (column) {
                case "id" -> Kind.ID;
                case "ts_ms" -> Kind.TS;
                case "prediction" -> Kind.PREDICTION;
                case "score" -> Kind.SCORE;
                case "received_ms" -> Kind.RECEIVED;
                default -> feature >= 0 ? Kind.FEATURE : Kind.NONE;
            };
            out.add(new Slot(column, kind, feature));
        }
        return new PredictionLayout(out);
    }

    List<Slot> slots() {
        return slots;
    }

    /** The value of the slot's column for this row: a String, Double, Long or null. */
    Object value(Slot slot, PredictionRow r, long receivedMs) {
        return switch (slot.kind()) {
            case ID -> r.id();
            case TS -> r.tsMs();
            case PREDICTION -> r.prediction();
            case SCORE -> r.score();
            case RECEIVED -> receivedMs;
            case FEATURE -> r.features()[slot.feature()];
            case NONE -> null;
        };
    }
}
