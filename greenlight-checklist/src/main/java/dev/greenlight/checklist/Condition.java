package dev.greenlight.checklist;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One requirement a check's measurement is judged by, kept apart from the computation (as Deepchecks' conditions
 * are), so the same measurement can be judged by other thresholds. A condition reads the measurement and returns
 * one result, or one per judged thing (a goal, a dataset pair); an empty list means it had nothing to judge.
 *
 * @param id          stable within the check, e.g. {@code beats-strongest-baseline}
 * @param description what it requires, with its threshold and where that came from
 * @param judge       the judgement
 * @param <M>         the check's measurement
 */
public record Condition<M>(String id, String description, Function<M, List<ConditionResult>> judge) {
    public Condition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(judge, "judge");
    }

    /** A condition that gives one result. */
    public static <M> Condition<M> of(String id, String description, Function<M, ConditionResult> judge) {
        return new Condition<>(id, description, m -> {
            ConditionResult r = judge.apply(m);
            return r == null ? List.of() : List.of(r);
        });
    }

    /** A condition that gives a result per judged thing (possibly none). */
    public static <M> Condition<M> each(String id, String description, Function<M, List<ConditionResult>> judge) {
        return new Condition<>(id, description, judge);
    }

    public List<ConditionResult> apply(M measured) {
        return List.copyOf(judge.apply(measured));
    }
}
