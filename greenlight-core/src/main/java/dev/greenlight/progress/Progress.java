package dev.greenlight.progress;

/**
 * Where long work reports what it is doing: the one listener of Greenlight's long-running steps (reading a file,
 * scoring rows, benchmarking a model, running a check). A step begins, may advance, and ends; the command line
 * prints a line per finished step (and per tenth of a long step's units), a library caller may ignore it.
 */
public interface Progress {

    /** A step begins; {@code what} says what on (e.g. "reading train data (train.csv)"). */
    void step(String what);

    /**
     * Part of a step is done: {@code done} of {@code total} units (rows scored, say). Called often; by default it
     * reports nothing.
     */
    default void advanced(String what, long done, long total) {
    }

    /** A step that began with {@link #step} ended after {@code millis}; {@code what} may add how it ended. */
    void done(String what, long millis);

    /** Reports nothing. */
    Progress SILENT = new Progress() {
        @Override
        public void step(String what) {
        }

        @Override
        public void done(String what, long millis) {
        }
    };
}
