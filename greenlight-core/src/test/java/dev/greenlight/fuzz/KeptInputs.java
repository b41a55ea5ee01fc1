package dev.greenlight.fuzz;

import org.junit.jupiter.api.Named;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The inputs a fuzz test keeps: its seeds and every input a fuzzing session found failing, in the folder where
 * Jazzer looks for them and writes new ones ({@code <TestClass>Inputs/<method>/} beside the test's class in the test
 * resources). Plain test runs replay them through a parameterized test, without the fuzzer's agent, so
 * {@code mvn verify} checks each found input stays fixed at the cost of a unit test.
 */
public final class KeptInputs {
    private KeptInputs() {
    }

    /** Each kept input of {@code test}'s fuzz method {@code method}, named by its file. */
    public static Stream<Named<byte[]>> of(Class<?> test, String method) {
        String folder = test.getPackageName().replace('.', '/') + "/" + test.getSimpleName() + "Inputs/" + method;
        URL url = test.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException("no kept inputs: " + folder + " is not among the test resources");
        }
        List<Named<byte[]>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            for (Path f : files.sorted().toList()) {
                out.add(Named.of(f.getFileName().toString(), Files.readAllBytes(f)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no kept inputs in " + folder);
        }
        return out.stream();
    }
}
