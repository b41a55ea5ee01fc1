package dev.greenlight.api;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** greenlight-bom (which has no parent) pins the versions the build itself uses. */
class BomTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static String first(String xml, String tag) {
        Matcher m = Pattern.compile("<" + tag + ">([^<]+)</" + tag + ">").matcher(xml);
        assertThat(m.find()).as(tag).isTrue();
        return m.group(1);
    }

    @Test
    void theBomPinsThisVersionAndTheBuildsJackson() throws IOException {
        String root = Files.readString(ROOT.resolve("pom.xml"));
        String bom = Files.readString(ROOT.resolve("greenlight-bom/pom.xml"));

        assertThat(first(bom, "greenlight.version")).isEqualTo(first(root.substring(root.indexOf("<artifactId>")),
                "version"));
        assertThat(first(bom, "version")).isEqualTo(first(bom, "greenlight.version"));
        assertThat(first(bom, "jackson.version")).isEqualTo(first(root, "jackson.version"));
    }

    @Test
    void theBomListsEveryPublishedModule() throws IOException {
        String root = Files.readString(ROOT.resolve("pom.xml"));
        String bom = Files.readString(ROOT.resolve("greenlight-bom/pom.xml"));
        Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(root);
        while (m.find()) {
            String module = m.group(1);
            if (!List.of("greenlight-bom", "greenlight-bench").contains(module)) {
                assertThat(bom).as(module).contains("<artifactId>" + module + "</artifactId>");
            }
        }
    }
}
