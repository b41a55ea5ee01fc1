package dev.greenlight.diagnose;

import java.util.List;

/**
 * The immutable result of a diagnosis.
 *
 * @param performance    reference, realized and estimated production performance and the drop
 * @param causes         one finding per {@link Cause}, in the enum's order
 * @param primaryCause   the cause that explains the drop, or {@code none} when production performance is within
 *                       the reference's chunk-to-chunk band
 * @param contributions  features by the covariate drop they carry, largest first
 * @param notes          what could not be computed and why
 */
public record Diagnosis(Performance performance, List<CauseFinding> causes, String primaryCause,
                        List<FeatureContribution> contributions, List<String> notes) {
    /** Version of the JSON layout of {@code diagnose.json}. */
    public static final String SCHEMA_VERSION = "1";
    public static final String NONE = "none";

    public Diagnosis {
        causes = List.copyOf(causes);
        contributions = List.copyOf(contributions);
        notes = List.copyOf(notes);
    }

    public CauseFinding cause(Cause c) {
        return causes.stream().filter(f -> f.cause() == c).findFirst().orElseThrow();
    }
}
