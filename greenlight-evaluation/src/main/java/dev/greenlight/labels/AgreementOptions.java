package dev.greenlight.labels;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.metrics.KappaWeighting;
import dev.greenlight.metrics.MeasurementLevel;

import java.util.Objects;

/**
 * How agreement is measured.
 *
 * @param weighting       Cohen's kappa weights between two raters; {@code NONE} by default, as scikit-learn, since
 *                        weights assume ordered labels
 * @param level           the level of measurement for Krippendorff's alpha; {@code NOMINAL} by default, which
 *                        assumes nothing about the labels
 * @param confidenceLevel of the kappa intervals (0.95, statsmodels' default)
 */
public record AgreementOptions(KappaWeighting weighting, MeasurementLevel level, double confidenceLevel) {
    public static final AgreementOptions DEFAULTS = new AgreementOptions(KappaWeighting.NONE,
            MeasurementLevel.NOMINAL, 0.95);

    public AgreementOptions {
        Objects.requireNonNull(weighting, "weighting");
        Objects.requireNonNull(level, "level");
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new InvalidDataException("confidence level must be between 0 and 1, got " + confidenceLevel);
        }
    }
}
