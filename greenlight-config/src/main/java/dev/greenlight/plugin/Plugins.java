package dev.greenlight.plugin;

import dev.greenlight.error.GreenlightException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Jars that add model providers and checks to Greenlight without rebuilding it ({@code --plugin DIR|JAR} and the
 * configuration's {@code plugins:}). The jars are opened in one {@link URLClassLoader} whose parent is the loader
 * Greenlight itself runs in; {@link java.util.ServiceLoader} lookups of {@code ModelProvider} and {@code Check}
 * go through the thread's context class loader, which {@link #run} sets to that loader for the duration of a run.
 *
 * <p>A folder stands for every {@code *.jar} directly inside it (sorted by name, so the order is the same on
 * every machine). A location that does not exist, or a file that is not a jar, is an error that names it: a
 * plug-in silently missing would make a check or a provider vanish from the report.
 */
public final class Plugins implements AutoCloseable {
    private static final Plugins NONE = new Plugins(List.of(), null);

    private final List<Path> jars;
    private final PluginClassLoader loader;

    private Plugins(List<Path> jars, PluginClassLoader loader) {
        this.jars = List.copyOf(jars);
        this.loader = loader;
    }

    /** No plug-ins: {@link #run} runs the work unchanged. */
    public static Plugins none() {
        return NONE;
    }

    /**
     * Where a plug-in comes from: a jar file or a folder of jars, and who named it, for messages.
     *
     * @param path   the jar or folder, resolved by the caller
     * @param source who named it ({@code --plugin}, {@code greenlight.yaml key 'plugins.0'})
     */
    public record Location(Path path, String source) {
    }

    /** Locations all named by one source. */
    public static List<Location> locations(List<Path> paths, String source) {
        return paths.stream().map(p -> new Location(p, source)).toList();
    }

    /**
     * Opens the jars at these locations; an empty list gives {@link #none()}.
     *
     * @throws GreenlightException when a location is missing, unreadable, not a jar, or a folder without jars
     */
    public static Plugins open(List<Location> locations) {
        if (locations.isEmpty()) {
            return NONE;
        }
        Set<Path> jars = new LinkedHashSet<>();
        for (Location location : locations) {
            jars.addAll(jarsAt(location.path(), location.source()));
        }
        List<URL> urls = new ArrayList<>();
        for (Path jar : jars) {
            try {
                urls.add(jar.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new GreenlightException("plug-in " + jar + " has no usable URL (" + e.getMessage() + ")");
            }
        }
        ClassLoader parent = Thread.currentThread().getContextClassLoader();
        if (parent == null) {
            parent = Plugins.class.getClassLoader();
        }
        return new Plugins(List.copyOf(jars), new PluginClassLoader(List.copyOf(jars), urls.toArray(URL[]::new),
                parent));
    }

    private static List<Path> jarsAt(Path location, String what) {
        Path p = location.toAbsolutePath().normalize();
        if (Files.isDirectory(p)) {
            List<Path> found;
            try (Stream<Path> s = Files.list(p)) {
                found = s.filter(f -> Files.isRegularFile(f) && isJarName(f)).sorted().toList();
            } catch (IOException e) {
                throw new GreenlightException(what + ": cannot list the plug-in folder " + p + " ("
                        + e.getMessage() + ")");
            }
            if (found.isEmpty()) {
                throw new GreenlightException(what + ": the plug-in folder " + p + " holds no .jar file");
            }
            return found;
        }
        if (!Files.exists(p)) {
            throw new GreenlightException(what + ": plug-in not found: " + p + " (expected a .jar file or a folder "
                    + "of them)");
        }
        if (!Files.isReadable(p)) {
            throw new GreenlightException(what + ": cannot read the plug-in " + p);
        }
        if (!isJarName(p)) {
            throw new GreenlightException(what + ": plug-in " + p + " is not a .jar file or a folder of them");
        }
        return List.of(p);
    }

    private static boolean isJarName(Path f) {
        return f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jar");
    }

    /**
     * The plug-in jars the current thread's context class loader sees (inside {@link #run}), in search order, so a
     * child process (a benchmark worker) can be given the same class path; empty outside a run.
     */
    public static List<Path> active() {
        List<Path> out = new ArrayList<>();
        for (ClassLoader l = Thread.currentThread().getContextClassLoader(); l != null; l = l.getParent()) {
            if (l instanceof PluginClassLoader p) {
                out.addAll(0, p.jars);
            }
        }
        return out;
    }

    /** The jars opened, in the order they are searched. */
    public List<Path> jars() {
        return jars;
    }

    /** The loader over the jars, or the caller's context class loader when there are none. */
    public ClassLoader classLoader() {
        return loader != null ? loader : Thread.currentThread().getContextClassLoader();
    }

    /**
     * Runs the work with the plug-ins' loader as the thread's context class loader, restoring the previous one
     * afterwards, so every {@link java.util.ServiceLoader} lookup inside sees the plug-ins.
     */
    public <T> T run(Supplier<T> work) {
        if (loader == null) {
            return work.get();
        }
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        t.setContextClassLoader(loader);
        try {
            return work.get();
        } finally {
            t.setContextClassLoader(before);
        }
    }

    @Override
    public void close() {
        if (loader != null) {
            try {
                loader.close();
            } catch (IOException e) {
                throw new UncheckedIOException("closing the plug-in class loader", e);
            }
        }
    }

    /** A loader that remembers its jars, so {@link #active()} can name them. */
    private static final class PluginClassLoader extends URLClassLoader {
        private final List<Path> jars;

        PluginClassLoader(List<Path> jars, URL[] urls, ClassLoader parent) {
            super("greenlight-plugins", urls, parent);
            this.jars = jars;
        }
    }
}
