package dev.greenlight.monitor;

import java.util.List;

/**
 * The immutable result of one monitoring run: every chunk of both periods with its figures, the alerts, the changes
 * and the recommendation.
 *
 * @param columns      the column description used
 * @param chunking     how the rows were chunked, in words
 * @param metrics      the performance metrics followed
 * @param estimator    {@code CBPE}, {@code DLE}, or {@code none} when nothing could be estimated
 * @param calibrated   CBPE: whether the scores were calibrated on the reference (isotonic regression)
 * @param chunks       reference chunks first, then analysis chunks, each in order
 * @param labels       how the analysis was labelled
 * @param alerts       every figure outside its band, in chunk order
 * @param changes      change points found in the series
 * @param driftRanking features by how many analysis chunks alerted on them, most first (ties by name)
 * @param recommendation the one recommendation
 * @param notes        what could not be computed and why
 */
public record MonitorResult(MonitorColumns columns, String chunking, List<String> metrics, String estimator,
                            boolean calibrated, List<ChunkResult> chunks, LabelSummary labels, List<Alert> alerts,
                            List<Change> changes, List<RankedColumn> driftRanking, Recommendation recommendation,
                            List<String> notes) {
    /** Version of the result's JSON layout ({@code monitor.json}). */
    public static final String SCHEMA_VERSION = "1";

    public MonitorResult {
        metrics = List.copyOf(metrics);
        chunks = List.copyOf(chunks);
        alerts = List.copyOf(alerts);
        changes = List.copyOf(changes);
        driftRanking = List.copyOf(driftRanking);
        notes = List.copyOf(notes);
    }

    public List<ChunkResult> chunks(Period period) {
        return chunks.stream().filter(c -> c.period() == period).toList();
    }

    public boolean hasAlerts() {
        return !alerts.isEmpty();
    }

    /**
     * A feature and the number of analysis chunks whose drift alerted on it.
     *
     * @param column        the feature
     * @param alertedChunks analysis chunks with a drift alert on it
     * @param chunks        analysis chunks it was compared in
     */
    public record RankedColumn(String column, int alertedChunks, int chunks) {
    }
}
