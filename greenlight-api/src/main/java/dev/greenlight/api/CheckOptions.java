package dev.greenlight.api;

import dev.greenlight.progress.Progress;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How {@link Greenlight#check(dev.greenlight.config.GreenlightConfig, CheckOptions)} runs the checklist.
 *
 * @param plugins  jars, or folders of jars, with model providers and checks, in addition to the configuration's
 *                 {@code plugins:} (as the command line's {@code --plugin})
 * @param progress where each check reports when it starts and ends; {@link Progress#SILENT} by default
 */
public record CheckOptions(List<Path> plugins, Progress progress) {

    /** No extra plug-ins, no progress. */
    public static final CheckOptions DEFAULTS = new CheckOptions(List.of(), Progress.SILENT);

    /**
     * Copies the list and checks the listener is set.
     *
     * @param plugins  jars or folders of jars
     * @param progress the progress listener
     */
    public CheckOptions {
        plugins = List.copyOf(plugins);
        Objects.requireNonNull(progress, "progress");
    }

    /**
     * These options with the given plug-ins instead.
     *
     * @param jars jars, or folders of jars
     * @return new options
     */
    public CheckOptions withPlugins(List<Path> jars) {
        return new CheckOptions(jars, progress);
    }

    /**
     * These options reporting progress to {@code listener}.
     *
     * @param listener where each check reports its start and end
     * @return new options
     */
    public CheckOptions withProgress(Progress listener) {
        return new CheckOptions(plugins, listener);
    }
}
