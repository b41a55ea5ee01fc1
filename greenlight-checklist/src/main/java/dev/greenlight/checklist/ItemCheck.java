package dev.greenlight.checklist;

/**
 * A check that answers one of the nine {@link ChecklistItem}s, in the measure, conditions, summary steps of
 * {@link MeasuredCheck}.
 *
 * @param <M> what the measuring step found
 */
public abstract class ItemCheck<M> extends MeasuredCheck<M> {
    private final ChecklistItem item;

    protected ItemCheck(ChecklistItem item) {
        this.item = item;
    }

    public ChecklistItem item() {
        return item;
    }

    @Override
    public final CheckInfo info() {
        return item.info();
    }
}
