package dev.greenlight.checklist;

import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.config.GreenlightConfig.Waiver;
import dev.greenlight.error.InvalidConfigException;
import dev.greenlight.text.Suggestions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies the team's waivers: a FAIL with a waiver that has a reason, an owner and a date (and has not expired)
 * becomes WAIVED. A waiver never hides a result: the original status and summary stay in the report.
 */
final class Waivers {
    private final List<Waiver> waivers;
    private final LocalDate today;
    private final Set<String> used = new HashSet<>();

    Waivers(List<Waiver> waivers, LocalDate today) {
        this.waivers = waivers;
        this.today = today;
    }

    CheckResult apply(CheckResult r) {
        for (Waiver w : waivers) {
            if (!w.item().equals(r.info().id())) {
                continue;
            }
            used.add(w.item());
            if (w.expires() != null && !today.isBefore(w.expires())) {
                return r.withFinding("A waiver for this item (owner " + w.owner() + ", " + w.date()
                        + ") expired on " + w.expires() + " and no longer applies.");
            }
            if (r.status() != Status.FAIL) {
                return r.withFinding("A waiver exists for this item (owner " + w.owner() + ", " + w.date()
                        + "), but the item is " + r.status() + ", so it was not applied.");
            }
            return r.withWaiver(new AppliedWaiver(w.reason(), w.owner(), w.date(), w.expires(), r.status(),
                    r.summary()));
        }
        return r;
    }

    /**
     * Refuses a waiver whose item is neither one of the nine checklist items nor a check this checklist has (a
     * plug-in's): a misspelt id would otherwise waive nothing, silently.
     */
    static void requireKnownItems(GreenlightConfig config, List<CheckInfo> checks) {
        List<String> known = new ArrayList<>();
        for (ChecklistItem i : ChecklistItem.values()) {
            known.add(i.id());
        }
        checks.stream().map(CheckInfo::id).filter(id -> !known.contains(id)).forEach(known::add);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < config.waivers().size(); i++) {
            String item = config.waivers().get(i).item();
            if (!known.contains(item)) {
                problems.add(config.locations().describe("/waivers/" + i + "/item", "no check has the id '" + item
                        + "'" + Suggestions.didYouMean(item, known) + "; valid: " + String.join(", ", known)
                        + " (a plug-in's check is known once its jar is given with --plugin or plugins:)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
    }

    /** Notes for waivers that name no check that ran. */
    List<String> unused(List<CheckInfo> checks) {
        List<String> notes = new ArrayList<>();
        for (Waiver w : waivers) {
            if (!used.contains(w.item()) && checks.stream().noneMatch(c -> c.id().equals(w.item()))) {
                notes.add("The waiver for '" + w.item() + "' names no check that ran.");
            }
        }
        return notes;
    }
}
