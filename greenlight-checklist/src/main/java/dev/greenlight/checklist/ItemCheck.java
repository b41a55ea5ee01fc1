package dev.greenlight.checklist;

/** A check that answers one of the nine {@link ChecklistItem}s. */
public abstract class ItemCheck implements Check {
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
