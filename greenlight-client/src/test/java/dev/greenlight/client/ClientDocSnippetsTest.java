package dev.greenlight.client;

import dev.greenlight.docs.DocSnippets;
import dev.greenlight.docs.DocSnippets.Snippet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** The snippets of docs/ tagged {@code client}: Java that compiles against this module. */
class ClientDocSnippetsTest {
    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> clientSnippets() {
        List<Snippet> all = DocSnippets.taggedFor("client");
        assertThat(all).as("snippets tagged client").isNotEmpty();
        return all.stream().map(s -> DynamicTest.dynamicTest(s.toString(), () -> {
            if (!s.lang().equals("java")) {
                fail(s + ": no check for client snippets in '" + s.lang() + "'");
            }
            String errors = DocSnippets.compileErrors(s, List.of("dev.greenlight.client.*", "java.net.URI",
                    "java.time.Instant", "java.util.*"), Map.of(), dir.resolve("java-" + s.line()));
            assertThat(errors).as(s + " does not compile").isNull();
        }));
    }
}
