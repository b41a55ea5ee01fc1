package dev.greenlight.model.onnx;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class OnnxNativeCacheTest {

    @Test
    void extractsTheLibrariesOnceIntoAFolderNamedByPlatformAndBuild(@TempDir Path root) throws Exception {
        Path dir = OnnxNativeCache.prepare(root);

        assertThat(dir).isNotNull();
        assertThat(dir.getParent()).isEqualTo(root);
        assertThat(dir.getFileName().toString()).startsWith(OnnxNativeCache.platform() + "-");
        Path lib = dir.resolve(System.mapLibraryName("onnxruntime"));
        Path jni = dir.resolve(System.mapLibraryName("onnxruntime4j_jni"));
        long size;
        try (var in = OnnxNativeCache.class.getResourceAsStream("/ai/onnxruntime/native/" + OnnxNativeCache.platform()
                + "/" + System.mapLibraryName("onnxruntime"))) {
            size = in.readAllBytes().length;
        }
        assertThat(Files.size(lib)).isEqualTo(size).isGreaterThan(1_000_000);
        assertThat(jni).isNotEmptyFile();

        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(lib, old);
        assertThat(OnnxNativeCache.prepare(root)).isEqualTo(dir);
        assertThat(Files.getLastModifiedTime(lib)).as("not extracted again").isEqualTo(old);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no partial file left")
                    .containsExactlyInAnyOrder(lib.getFileName().toString(), jni.getFileName().toString());
        }
    }
}
