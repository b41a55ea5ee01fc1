package dev.greenlight.diagnose;

import java.util.List;

/**
 * The test of one cause.
 *
 * @param cause              which cause
 * @param share              the share of the performance drop attributed to it, in [0, 1]; null where the test
 *                           does not apportion the drop
 * @param shareLow           lower end of the share's 95% interval (NaN when none)
 * @param shareHigh          upper end
 * @param verdict            likely, possible, ruled out or not tested
 * @param smallestDetectable the smallest effect the test could see (in the metric's units, or a share of records
 *                           for skew); NaN when not tested
 * @param evidence           the figures behind the verdict, one sentence each
 */
public record CauseFinding(Cause cause, Double share, double shareLow, double shareHigh, Verdict verdict,
                           double smallestDetectable, List<String> evidence) {
    public CauseFinding {
        evidence = List.copyOf(evidence);
    }

    static CauseFinding notTested(Cause cause, String why) {
        return new CauseFinding(cause, null, Double.NaN, Double.NaN, Verdict.NOT_TESTED, Double.NaN, List.of(why));
    }
}
