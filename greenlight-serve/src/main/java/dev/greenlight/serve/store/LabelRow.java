package dev.greenlight.serve.store;

/**
 * One label (ground truth) as sent: it is stored on its prediction, or waits for it in {@code pending_labels}.
 *
 * @param id    the prediction's event id
 * @param label the true class or value as text
 * @param tsMs  when the label became known, milliseconds since the epoch (UTC)
 */
public record LabelRow(String id, String label, long tsMs) {
}
