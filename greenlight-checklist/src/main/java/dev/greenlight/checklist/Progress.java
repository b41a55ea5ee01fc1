package dev.greenlight.checklist;

/** Where long-running steps report what they are doing. */
public interface Progress {

    /** A step begins; {@code detail} says what on (e.g. "train.csv"). */
    void step(String what);

    /** A step that began with {@link #step} ended. */
    void done(String what, long millis);

    Progress SILENT = new Progress() {
        @Override
        public void step(String what) {
        }

        @Override
        public void done(String what, long millis) {
        }
    };
}
