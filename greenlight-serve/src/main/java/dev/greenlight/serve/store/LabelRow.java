package dev.greenlight.serve.store;

/**
 * One label (ground truth) as stored, joined to its prediction by id whenever both are present.
 *
 * @param id    the prediction's event id
 * @param label the true class or value as text
 * @param tsMs  when the label became known, milliseconds since the epoch (UTC)
 */
public record LabelRow(String id, String label, long tsMs) {
}
