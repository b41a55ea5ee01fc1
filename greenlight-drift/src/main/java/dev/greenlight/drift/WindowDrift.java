package dev.greenlight.drift;


/**
 * The drift of one time window of the current data against the reference.
 *
 * @param start  the window's start (UTC), an ISO date, or date-time for windows of hours
 * @param end    the start of the next window, in the same form
 * @param rows   rows of the current data in the window
 * @param report the comparison of those rows with the reference
 */
public record WindowDrift(String start, String end, int rows, DriftReport report) {
}
