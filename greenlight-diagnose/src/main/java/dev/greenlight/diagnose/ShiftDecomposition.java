package dev.greenlight.diagnose;

import dev.greenlight.metrics.Direction;

import java.util.ArrayList;
import java.util.List;

import static dev.greenlight.diagnose.Diagnoser.Z95;
import static dev.greenlight.diagnose.Diagnoser.fmt;

/**
 * Covariate against concept shift. CBPE and DLE estimate production performance from the model's outputs and the
 * reference's relation between outputs and outcome, i.e. assuming P(y|x) unchanged (NannyML's assumption): the drop
 * the estimate predicts (estimate on the reference minus estimate on production) is the part the shift of the inputs
 * explains, the covariate part; the rest of the realized drop (estimate minus realized, both on production) is the
 * part a changed relation explains, the concept part.
 *
 * <p>Each part is tested against its standard error, taken from the monitor's intervals (the DeLong, Wilson or
 * bootstrap interval of the realized metrics, the estimator's sampling error): a normal approximation that treats the
 * figures as independent, which overstates the error of the concept part (the estimate and the realized value share
 * their rows), so the concept test is conservative. A part is ruled out only when 80% power would have seen a part
 * as large as the drop: the smallest detectable part, (z<sub>0.975</sub> + z<sub>0.8</sub>) standard errors, is
 * stated with it.
 */
final class ShiftDecomposition {
    /** z of 80% power: a part this many standard errors beyond the test's threshold is seen 4 times in 5. */
    static final double Z_POWER = 0.8416212335729143;

    private final Direction direction;
    private final Figure reference;
    private final Figure referenceEstimated;
    private final Figure realized;
    private final Figure estimated;
    private final double band;

    ShiftDecomposition(Direction direction, Figure reference, Figure referenceEstimated, Figure realized,
                       Figure estimated, double band) {
        this.direction = direction;
        this.reference = reference;
        this.referenceEstimated = referenceEstimated;
        this.realized = realized;
        this.estimated = estimated;
        this.band = band;
    }

    /** The realized drop (positive = worse); NaN without labels. */
    double total() {
        return realized == null ? Double.NaN : direction.improvement(reference.value(), realized.value());
    }

    CauseFinding covariate() {
        if (estimated == null || referenceEstimated == null) {
            return CauseFinding.notTested(Cause.COVARIATE_SHIFT, "no performance estimate: CBPE needs the model's "
                    + "scores (DLE the predicted values), so the drop the inputs' shift predicts is unknown");
        }
        double part = direction.improvement(referenceEstimated.value(), estimated.value());
        double se = hypot(referenceEstimated.standardError(), estimated.standardError());
        List<String> evidence = new ArrayList<>();
        evidence.add("estimated " + fmt(estimated.value()) + " on production (" + estimated.method() + ", "
                + estimated.rows() + " rows) against " + fmt(referenceEstimated.value()) + " on the reference: the "
                + "inputs' shift predicts a drop of " + fmt(part) + " (standard error " + fmt(se) + ")");
        return judge(Cause.COVARIATE_SHIFT, part, se, evidence);
    }

    CauseFinding concept() {
        if (realized == null) {
            return CauseFinding.notTested(Cause.CONCEPT_SHIFT, "no production labels: the realized performance, "
                    + "which the concept part is measured against, is unknown");
        }
        if (estimated == null || referenceEstimated == null) {
            return CauseFinding.notTested(Cause.CONCEPT_SHIFT, "no performance estimate to tell the concept part from "
                    + "the covariate part");
        }
        double part = direction.improvement(estimated.value(), realized.value());
        double se = hypot(hypot(reference.standardError(), realized.standardError()),
                hypot(referenceEstimated.standardError(), estimated.standardError()));
        List<String> evidence = new ArrayList<>();
        evidence.add("realized " + fmt(realized.value()) + " on " + realized.rows() + " labelled production rows ("
                + realized.method() + ") against the estimate " + fmt(estimated.value()) + ": a drop of " + fmt(part)
                + " that the inputs' shift does not predict (standard error " + fmt(se) + ")");
        return judge(Cause.CONCEPT_SHIFT, part, se, evidence);
    }

    private CauseFinding judge(Cause cause, double part, double se, List<String> evidence) {
        double total = total();
        double scale = Double.isNaN(total) ? direction.improvement(referenceEstimated == null ? reference.value()
                : referenceEstimated.value(), estimated.value()) : total;
        double detectable = (Z95 + Z_POWER) * se;
        boolean significant = part > Z95 * se && part > 0;
        Double share = null;
        double low = Double.NaN;
        double high = Double.NaN;
        if (scale > band && scale > 0) {
            share = clamp(part / scale);
            low = clamp((part - Z95 * se) / scale);
            high = clamp((part + Z95 * se) / scale);
            evidence.add("share of the " + fmt(scale) + " drop: " + fmt(share) + " (95% interval " + fmt(low) + " to "
                    + fmt(high) + ", the part's standard error with the drop held fixed)");
        }
        Verdict verdict;
        if (significant) {
            verdict = share != null && share >= 0.5 ? Verdict.LIKELY : Verdict.POSSIBLE;
        } else if (Double.isNaN(se) || detectable > Math.max(scale, band)) {
            verdict = Verdict.POSSIBLE;
            evidence.add("not significant, but the test could only see a part of " + fmt(detectable)
                    + " or more, larger than the drop: too few rows to rule it out");
        } else {
            verdict = Verdict.RULED_OUT;
            evidence.add("not significant; a part of " + fmt(detectable) + " or more would have been seen with 80% "
                    + "power");
        }
        return new CauseFinding(cause, share, low, high, verdict, detectable, evidence);
    }

    private static double hypot(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.sqrt(a * a + b * b);
    }

    private static double clamp(double x) {
        return Math.max(0, Math.min(1, x));
    }
}
