package dev.greenlight.skew;

/**
 * A value of a categorical feature that the serving pipeline turned into another: {@code count} records have
 * {@code training} in the training file and {@code serving} in the serving file ({@code null} = missing).
 */
public record ValueMapping(String training, String serving, long count) {
}
