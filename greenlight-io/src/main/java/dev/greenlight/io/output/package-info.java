/**
 * How every command writes its files without destroying an input.
 *
 * <p>The rules, stated once ({@link Outputs}): an output that is one of the command's inputs is refused, with
 * paths compared after links are resolved; an output that exists is replaced only when the user asked
 * ({@code --force}); an output that is a folder, a device or a pipe is refused; and the bytes go to a temporary
 * file beside the output that is renamed over it when complete ({@link PendingFile}), so a failed or killed run
 * leaves the old file or none, never half of one. A command that writes several files that belong together (the
 * reports of {@code check}, the parts of a split) stages them in a hidden folder and moves them in as one set
 * ({@link PendingFolder}): the old set's files are all removed before the first new file is moved in, so a reader
 * never sees a new file beside an old one.
 */
package dev.greenlight.io.output;
