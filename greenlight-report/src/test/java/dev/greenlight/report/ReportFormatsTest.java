package dev.greenlight.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.greenlight.checklist.ChecklistReport;
import dev.greenlight.report.html.HtmlReport;
import dev.greenlight.report.json.JsonReport;
import dev.greenlight.report.junit.JUnitReport;
import dev.greenlight.report.markdown.MarkdownReport;
import dev.greenlight.report.plan.ProductionPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFormatsTest {

    private final ChecklistReport report = SampleReports.everyStatus();

    static Path schema(String name) {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.exists(dir.resolve("docs/schema").resolve(name))) {
            dir = dir.getParent();
        }
        return dir.resolve("docs/schema").resolve(name);
    }

    /** Validates a report.json text against docs/schema/report.schema.json; used by other modules' tests too. */
    static Set<ValidationMessage> validate(String json) throws Exception {
        ObjectMapper m = new ObjectMapper();
        JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(m.readTree(schema("report.schema.json").toFile()));
        return s.validate(m.readTree(json));
    }

    @Test
    void jsonFollowsThePublishedSchema() throws Exception {
        String json = new JsonReport().render(report);
        assertThat(validate(json)).isEmpty();
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.get("schema_version").asInt()).isEqualTo(1);
        assertThat(root.get("items")).hasSize(9);
        assertThat(root.at("/summary/waived").asInt()).isEqualTo(1);
        assertThat(root.at("/items/0/evidence/0/ci_low").asDouble()).isEqualTo(0.88);
        assertThat(root.at("/items/0/tables/0/rows/1/1").asText()).isEqualTo("NaN");
        assertThat(root.at("/items/3/waiver/original_status").asText()).isEqualTo("FAIL");
    }

    @Test
    void schemaRejectsAReportWithAnUnknownStatus() throws Exception {
        String json = new JsonReport().render(report).replaceFirst("\"status\" : \"PASS\"", "\"status\" : \"OK\"");
        assertThat(validate(json)).isNotEmpty();
    }

    @Test
    void junitHasOneTestCasePerItemWithStatusMapping() throws Exception {
        String xml = new JUnitReport().render(report);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList cases = doc.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(9);
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("tests")).isEqualTo("9");
        assertThat(suite.getAttribute("failures")).isEqualTo("2");
        assertThat(suite.getAttribute("errors")).isEqualTo("1");
        assertThat(suite.getAttribute("skipped")).isEqualTo("2");
        assertThat(((Element) cases.item(0)).getAttribute("name")).isEqualTo("1. baseline");
        assertThat(((Element) cases.item(2)).getElementsByTagName("failure").getLength()).isEqualTo(1);
        Element waived = (Element) ((Element) cases.item(3)).getElementsByTagName("skipped").item(0);
        assertThat(waived.getAttribute("message")).contains("waived by ann").contains("accepted for the pilot");
        Element na = (Element) ((Element) cases.item(4)).getElementsByTagName("skipped").item(0);
        assertThat(na.getAttribute("message")).isEqualTo("not applicable: no model to benchmark");
        assertThat(((Element) cases.item(5)).getElementsByTagName("error").getLength()).isEqualTo(1);
        assertThat(((Element) cases.item(1)).getElementsByTagName("system-out").item(0).getTextContent())
                .startsWith("warn: ");
    }

    @Test
    void htmlReferencesNothingOutsideItself() {
        String html = new HtmlReport().render(report);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("</html>");
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link")
                .doesNotContainIgnoringCase("<img").doesNotContainIgnoringCase("<iframe")
                .doesNotContainIgnoringCase("@import").doesNotContainIgnoringCase("url(")
                .doesNotContainIgnoringCase("http://").doesNotContainIgnoringCase("https://")
                .doesNotContain(" src=");
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (href.find()) {
            assertThat(href.group(1)).as("every link stays in the page").startsWith("#");
        }
        // one chart of each kind per item, drawn (the ERROR item has none)
        assertThat(html.split("<svg class=\"chart\"", -1).length - 1).isEqualTo(4 * 8);
    }

    @Test
    void htmlEscapesEverythingItShows() {
        String html = new HtmlReport().render(report);
        assertThat(html).contains("toy &lt;model&gt; &amp; &quot;friends&quot;")
                .contains("From &lt;b&gt;the lab&lt;/b&gt; &amp; co").doesNotContain("<b>the lab</b>")
                .doesNotContain("<html> &");
    }

    @Test
    void markdownListsEveryItemWithItsStatus() {
        String md = new MarkdownReport().render(report);
        assertThat(md).contains("**Verdict: NOT_READY**").contains("## 1. Baseline — ✅ PASS")
                .contains("## 4. Ground truth — 📝 WAIVED").contains("**Waived** by ann on 2026-11-01")
                .contains("- [ ] `plan.monitoring.alerting`: Who is warned?")
                .contains("Metrics \\| by dataset").contains("| roc_auc (test) | 0.912 [0.88, 0.94] |");
        for (var item : dev.greenlight.checklist.ChecklistItem.values()) {
            assertThat(md).contains("`" + item.id() + "`");
        }
    }

    @Test
    void productionPlanMarksOpenQuestionsAndShowsAnswers() {
        String plan = new ProductionPlan().render(report);
        assertThat(plan).contains("# Production plan: toy <model> & \"friends\" 1.0 (draft)")
                .contains("**8 question(s) are open**").contains("- ☐ OPEN: Who is warned? (answer under "
                        + "`plan.monitoring.alerting`)")
                .contains("- ☑ How are labels obtained?\n  From <b>the lab</b> & co")
                .contains("- roc_auc (test): 0.912 [0.88, 0.94] (scikit-learn roc_auc_score; n = 200)")
                .contains("**Decision (waiver):** accepted for the pilot — ann, 2026-11-01");
        assertThat(plan.split("\n## ", -1).length - 1).isEqualTo(9);
    }

    @Test
    void writeAllWritesTheFiveFiles(@TempDir Path dir) throws Exception {
        var files = Reports.writeAll(report, dir.resolve("out"));
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("report.json", "report.md",
                "report.html", "junit.xml", "production-plan.md");
        for (Path f : files) {
            assertThat(Files.size(f)).isPositive();
        }
        try (var s = Files.list(dir.resolve("out"))) {
            assertThat(s.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }
}
