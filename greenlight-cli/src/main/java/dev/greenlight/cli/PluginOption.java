package dev.greenlight.cli;

import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.plugin.Plugins;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code --plugin DIR|JAR}: the commands that run models or checks accept plug-in jars. */
final class PluginOption {

    @Option(names = "--plugin", paramLabel = "DIR|JAR", description = "A jar, or a folder of jars, with model "
            + "providers (type: jvm) or checks to add; repeatable, and added to the configuration's plugins:.")
    List<Path> plugins = new ArrayList<>();

    /** These plug-ins and the configuration's, opened in one loader. */
    Plugins open(GreenlightConfig cfg) {
        List<Plugins.Location> all = new ArrayList<>(Plugins.locations(plugins, "--plugin"));
        all.addAll(Plugins.locations(cfg.plugins(), cfg.file() + " (plugins:)"));
        return Plugins.open(all);
    }
}
