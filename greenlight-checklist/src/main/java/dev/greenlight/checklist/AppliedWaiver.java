package dev.greenlight.checklist;

import java.time.LocalDate;

/**
 * A waiver that turned a FAIL into WAIVED.
 *
 * @param reason         the team's reason
 * @param owner          who decided
 * @param date           when
 * @param expires        from when it no longer applies, or null
 * @param originalStatus the status before the waiver
 * @param originalSummary the summary before the waiver
 */
public record AppliedWaiver(String reason, String owner, LocalDate date, LocalDate expires, Status originalStatus,
                            String originalSummary) {
}
