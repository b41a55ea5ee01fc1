package dev.greenlight.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each check option's default is written once, as a constant of {@link CheckSettings}; the JSON Schema's
 * {@code default} keyword and docs/configuration.md must say the same, and every key of the schema's {@code checks}
 * section must be an option (and the reverse).
 */
class CheckSettingsDocsTest {
    private static final Path REPO = Path.of("").toAbsolutePath().getParent();

    /** Every option as {@code section.key} (snake case) with its default, null for "none". */
    static Map<String, Object> defaults() throws ReflectiveOperationException {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent section : CheckSettings.class.getRecordComponents()) {
            if (section.getName().equals("configured")) {
                continue;
            }
            Record defaults = (Record) section.getAccessor().invoke(CheckSettings.DEFAULTS);
            for (RecordComponent key : defaults.getClass().getRecordComponents()) {
                out.put(CheckSettingsBinder.snakeCase(section.getName()) + "." + CheckSettingsBinder.snakeCase(
                        key.getName()), key.getAccessor().invoke(defaults));
            }
        }
        return out;
    }

    private static JsonNode schemaChecks() throws IOException {
        return new ObjectMapper().readTree(REPO.resolve("docs/schema/greenlight-config.schema.json").toFile())
                .get("properties").get("checks").get("properties");
    }

    @Test
    void theSchemaHasEveryOptionAndNoOther() throws Exception {
        List<String> inSchema = new ArrayList<>();
        schemaChecks().fields().forEachRemaining(section -> section.getValue().get("properties").fieldNames()
                .forEachRemaining(k -> inSchema.add(section.getKey() + "." + k)));
        assertThat(inSchema).containsExactlyInAnyOrderElementsOf(defaults().keySet());
    }

    @Test
    void theSchemaStatesEachDefaultAsTheConstantDoes() throws Exception {
        JsonNode checks = schemaChecks();
        for (Map.Entry<String, Object> e : defaults().entrySet()) {
            String[] k = e.getKey().split("\\.");
            JsonNode d = checks.get(k[0]).get("properties").get(k[1]).get("default");
            if (e.getValue() == null) {
                assertThat(d).as("checks." + e.getKey() + " has no default in the schema").isNull();
            } else if (e.getValue() instanceof Number n) {
                assertThat(d).as("checks." + e.getKey() + " default in the schema").isNotNull();
                assertThat(d.asDouble()).as("checks." + e.getKey()).isEqualTo(n.doubleValue());
            } else {
                assertThat(d).as("checks." + e.getKey() + " default in the schema").isNotNull();
                assertThat(d.asText()).as("checks." + e.getKey()).isEqualTo(e.getValue().toString());
            }
        }
    }

    @Test
    void theConfigurationReferenceStatesEachDefaultAsTheConstantDoes() throws Exception {
        List<String> lines = Files.readAllLines(REPO.resolve("docs/configuration.md"));
        for (Map.Entry<String, Object> e : defaults().entrySet()) {
            String key = "| `checks." + e.getKey() + "` |";
            List<String> rows = lines.stream().filter(l -> l.startsWith(key)).toList();
            assertThat(rows).as("docs/configuration.md has one row for checks." + e.getKey()).hasSize(1);
            String row = rows.get(0);
            if (e.getValue() == null) {
                assertThat(row).as("checks." + e.getKey() + ": the docs say what 'no default' means")
                        .contains("Default: ");
            } else {
                assertThat(renderings(e.getValue()).stream().anyMatch(r -> row.contains("Default " + r + ".")
                        || row.contains("Default " + r + " ")))
                        .as("checks." + e.getKey() + ": the docs say 'Default " + e.getValue() + "': " + row).isTrue();
            }
        }
    }

    /** The ways a default may be written in prose: 0.05, 0, 1e-6, false, month. */
    private static Set<String> renderings(Object value) {
        if (value instanceof Double d) {
            BigDecimal b = new BigDecimal(Double.toString(d)).stripTrailingZeros();
            String scientific = String.format(java.util.Locale.ROOT, "%.0e", d).replace("e-0", "e-");
            return Set.of(b.toPlainString(), scientific);
        }
        return Set.of(value.toString());
    }

    @Test
    void theLoaderBindsEveryKeyItIsGivenAndKeepsTheDefaultsOfTheRest() {
        ObjectMapper json = new ObjectMapper();
        JsonNode checks = json.createObjectNode()
                .<com.fasterxml.jackson.databind.node.ObjectNode>set("baseline", json.createObjectNode()
                        .put("margin", 0.02).put("season", 7))
                .set("responsible_ai", json.createObjectNode().put("hard", true));
        CheckSettings o = CheckSettingsBinder.bind(checks);
        assertThat(o.baseline().margin()).isEqualTo(0.02);
        assertThat(o.baseline().season()).isEqualTo(7);
        assertThat(o.baseline().window()).isEqualTo(CheckSettings.Baseline.DEFAULT_WINDOW);
        assertThat(o.responsibleAi().hard()).isTrue();
        assertThat(o.benchmark()).isEqualTo(CheckSettings.Benchmark.DEFAULTS);
        assertThat(o.configured()).containsExactlyInAnyOrder("baseline.margin", "baseline.season",
                "responsible_ai.hard");
        assertThat(o.source("baseline.margin")).isEqualTo("checks.baseline.margin");
        assertThat(o.source("baseline.window")).isEqualTo("default of checks.baseline.window");
        assertThat(CheckSettingsBinder.bind(json.createObjectNode())).isEqualTo(CheckSettings.DEFAULTS);
    }
}
