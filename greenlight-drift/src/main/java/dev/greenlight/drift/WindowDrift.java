package dev.greenlight.drift;

import java.time.LocalDate;

/**
 * The drift of one time window of the current data against the reference.
 *
 * @param start  first day of the window (UTC)
 * @param end    first day after it
 * @param rows   rows of the current data in the window
 * @param report the comparison of those rows with the reference
 */
public record WindowDrift(LocalDate start, LocalDate end, int rows, DriftReport report) {
}
