package dev.greenlight.model.onnx;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * Keeps ONNX Runtime's native libraries in a cache folder, extracted once per runtime build, instead of letting the
 * runtime copy them (about 16 MB) into a new {@code /tmp/onnxruntime-java*} folder on every start, where they stay
 * whenever the JVM does not exit normally (its clean-up is {@code File.deleteOnExit}).
 *
 * <p>ONNX Runtime loads its libraries from the folder named by the system property {@code onnxruntime.native.path}
 * when it is set (see {@code ai.onnxruntime.OnnxRuntime}); this class fills that folder from the runtime jar's own
 * {@code ai/onnxruntime/native/<os>-<arch>/} resources and sets the property before the runtime first loads. The
 * folder is {@code $GREENLIGHT_CACHE_DIR}, else {@code $XDG_CACHE_HOME/greenlight}, else
 * {@code ~/.cache/greenlight}, followed by {@code onnxruntime/<os>-<arch>-<crc>}: the CRC-32 the jar records for
 * the library, so a different runtime version gets a folder of its own. Files are written beside their final name
 * and renamed, so processes starting at once never load a half-written library.
 *
 * <p>When the property is already set, or anything fails (no home folder, a read-only disk, a platform the jar has
 * no library for), nothing changes and ONNX Runtime extracts as it always did.
 */
final class OnnxNativeCache {
    static final String PROPERTY = "onnxruntime.native.path";
    private static final List<String> LIBRARIES = List.of("onnxruntime", "onnxruntime4j_jni");
    private static boolean done;

    private OnnxNativeCache() {
    }

    /** Points ONNX Runtime at the cache (once per process). */
    static synchronized void install() {
        if (done || System.getProperty(PROPERTY) != null) {
            done = true;
            return;
        }
        done = true;
        Path root = cacheRoot();
        if (root == null) {
            return;
        }
        try {
            Path dir = prepare(root.resolve("onnxruntime"));
            if (dir != null) {
                System.setProperty(PROPERTY, dir.toString());
            }
        } catch (IOException | RuntimeException e) {
            // leave ONNX Runtime's own extraction in place: the cache only saves disk space
        }
    }

    /**
     * Extracts the libraries for this platform into a folder under {@code root} unless present, and returns it;
     * null when the runtime jar has no library for this platform.
     */
    static Path prepare(Path root) throws IOException {
        String platform = platform();
        if (platform == null) {
            return null;
        }
        URL main = resource(platform, LIBRARIES.get(0));
        if (main == null) {
            return null;
        }
        Path dir = root.resolve(platform + "-" + buildKey(main));
        Files.createDirectories(dir);
        for (String library : LIBRARIES) {
            URL url = resource(platform, library);
            if (url == null) {
                return null;
            }
            Path target = dir.resolve(System.mapLibraryName(library));
            if (Files.isRegularFile(target)) {
                continue;
            }
            Path partial = Files.createTempFile(dir, target.getFileName().toString(), ".partial");
            try (InputStream in = url.openStream()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
        }
        return dir;
    }

    /** The jar entry's CRC-32 (the jar records it), else the runtime's version; names one build of the library. */
    private static String buildKey(URL library) throws IOException {
        URLConnection c = library.openConnection();
        if (c instanceof JarURLConnection jar && jar.getJarEntry() != null && jar.getJarEntry().getCrc() >= 0) {
            return Long.toHexString(jar.getJarEntry().getCrc());
        }
        String version = ai.onnxruntime.OrtEnvironment.class.getPackage().getImplementationVersion();
        if (version == null) {
            throw new IOException("no version for " + library);
        }
        return version;
    }

    private static URL resource(String platform, String library) {
        return OnnxNativeCache.class.getResource("/ai/onnxruntime/native/" + platform + "/"
                + System.mapLibraryName(library));
    }

    /** The runtime jar's name for this platform ({@code linux-x64}, {@code osx-aarch64}, {@code win-x64}). */
    static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String o = os.contains("linux") ? "linux" : os.contains("mac") || os.contains("darwin") ? "osx"
                : os.contains("win") ? "win" : null;
        String a = arch.equals("amd64") || arch.equals("x86_64") ? "x64"
                : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : null;
        return o == null || a == null ? null : o + "-" + a;
    }

    private static Path cacheRoot() {
        String explicit = System.getenv("GREENLIGHT_CACHE_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "greenlight");
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() ? null : Path.of(home, ".cache", "greenlight");
    }
}
