package dev.greenlight.assertions;

import dev.greenlight.checklist.CheckResult;
import dev.greenlight.checklist.ChecklistReport;

/**
 * Entry point of the assertions: {@code import static dev.greenlight.assertions.GreenlightAssertions.assertThat;}
 * then gate a model in a test suite:
 *
 * <pre>{@code
 * ChecklistReport report = Greenlight.check(config);
 * assertThat(report).isReady();
 * assertThat(report).item("baseline").passed();
 * }</pre>
 *
 * Each failure message names the item, its status and its summary, so a failing build says why without opening
 * the report.
 */
public final class GreenlightAssertions {

    private GreenlightAssertions() {
    }

    /**
     * Assertions on a whole checklist run.
     *
     * @param actual the result to check
     * @return the assertion
     */
    public static ChecklistReportAssert assertThat(ChecklistReport actual) {
        return new ChecklistReportAssert(actual);
    }

    /**
     * Assertions on one item's result.
     *
     * @param actual the result to check
     * @return the assertion
     */
    public static CheckResultAssert assertThat(CheckResult actual) {
        return new CheckResultAssert(actual);
    }
}
