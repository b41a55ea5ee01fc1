package dev.greenlight.report.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.greenlight.checklist.AppliedWaiver;
import dev.greenlight.checklist.CheckResult;
import dev.greenlight.checklist.ChecklistReport;
import dev.greenlight.checklist.ConditionResult;
import dev.greenlight.checklist.DatasetInfo;
import dev.greenlight.checklist.Status;
import dev.greenlight.checklist.evidence.Chart;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.checklist.evidence.EvidenceTable;
import dev.greenlight.checklist.evidence.OpenQuestion;
import dev.greenlight.checklist.evidence.Threshold;
import dev.greenlight.report.ReportFormat;

import java.util.List;
import java.util.Map;

/**
 * {@code report.json}: the machine-readable report, schema version {@link ChecklistReport#SCHEMA_VERSION}
 * ({@code docs/schema/report.schema.json}, described in {@code docs/report.md}). Built field by field rather than
 * from the Java records, so that renaming a Java field can never silently change the published format.
 */
public final class JsonReport implements ReportFormat {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String fileName() {
        return "report.json";
    }

    @Override
    public String render(ChecklistReport report) {
        try {
            return MAPPER.writeValueAsString(toJson(report)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the report", e);
        }
    }

    public static ObjectNode toJson(ChecklistReport r) {
        ObjectNode root = JSON.objectNode();
        root.put("schema_version", ChecklistReport.SCHEMA_VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "greenlight");
        tool.put("version", r.toolVersion());
        root.put("generated_at", r.generatedAt().toString());
        ObjectNode config = root.putObject("config");
        config.put("path", r.configPath());
        config.put("sha256", r.configSha256());
        ObjectNode model = root.putObject("model");
        model.put("name", r.modelName());
        model.put("version", r.modelVersion());
        model.put("task", r.task());
        root.put("verdict", r.verdict().name());
        ObjectNode summary = root.putObject("summary");
        for (Map.Entry<Status, Integer> e : r.counts().entrySet()) {
            summary.put(e.getKey().name().toLowerCase(java.util.Locale.ROOT), e.getValue());
        }
        ArrayNode datasets = root.putArray("datasets");
        for (DatasetInfo d : r.datasets()) {
            ObjectNode n = datasets.addObject();
            n.put("role", d.role());
            n.put("path", d.path());
            n.put("format", d.format());
            n.put("sha256", d.sha256());
            n.put("rows", d.rows());
            n.put("columns", d.columns());
        }
        ArrayNode notes = root.putArray("data_notes");
        r.dataNotes().forEach(notes::add);
        ArrayNode items = root.putArray("items");
        r.items().forEach(i -> items.add(item(i)));
        return root;
    }

    private static ObjectNode item(CheckResult r) {
        ObjectNode n = JSON.objectNode();
        n.put("id", r.info().id());
        n.put("order", r.info().order());
        n.put("title", r.info().title());
        n.put("question", r.info().question());
        n.put("status", r.status().name());
        n.put("summary", r.summary());
        n.put("reason", r.reason());
        ArrayNode evidence = n.putArray("evidence");
        r.evidence().forEach(e -> evidence.add(evidence(e)));
        ArrayNode tables = n.putArray("tables");
        r.tables().forEach(t -> tables.add(table(t)));
        ArrayNode charts = n.putArray("charts");
        r.charts().forEach(c -> charts.add(chart(c)));
        ArrayNode findings = n.putArray("findings");
        r.findings().forEach(findings::add);
        n.put("recommendation", r.recommendation());
        ArrayNode open = n.putArray("open_questions");
        for (OpenQuestion q : r.openQuestions()) {
            ObjectNode o = open.addObject();
            o.put("key", q.key());
            o.put("question", q.question());
        }
        if (r.waiver() == null) {
            n.putNull("waiver");
        } else {
            AppliedWaiver w = r.waiver();
            ObjectNode o = n.putObject("waiver");
            o.put("reason", w.reason());
            o.put("owner", w.owner());
            o.put("date", w.date().toString());
            o.put("expires", w.expires() == null ? null : w.expires().toString());
            o.put("original_status", w.originalStatus().name());
            o.put("original_summary", w.originalSummary());
        }
        n.put("duration_ms", r.durationMillis());
        ArrayNode conditions = n.putArray("conditions");
        for (ConditionResult c : r.conditions()) {
            ObjectNode o = conditions.addObject();
            o.put("condition", c.condition());
            o.put("status", c.status().name());
            o.put("message", c.message());
            o.put("evidence", c.evidenceId());
            o.set("threshold", threshold(c.threshold()));
        }
        return n;
    }

    private static JsonNode threshold(Threshold t) {
        if (t == null) {
            return JSON.nullNode();
        }
        ObjectNode o = JSON.objectNode();
        o.put("value", t.value());
        o.put("comparison", t.comparison().symbol());
        o.put("source", t.source());
        return o;
    }

    private static ObjectNode evidence(Evidence e) {
        ObjectNode n = JSON.objectNode();
        n.put("id", e.id());
        n.put("name", e.name());
        n.put("value", e.value());
        n.put("text", e.text());
        n.put("method", e.method());
        n.put("n", e.n());
        n.put("dataset", e.dataset());
        n.put("ci_low", e.ciLow());
        n.put("ci_high", e.ciHigh());
        n.set("threshold", threshold(e.threshold()));
        return n;
    }

    private static ObjectNode table(EvidenceTable t) {
        ObjectNode n = JSON.objectNode();
        n.put("title", t.title());
        ArrayNode cols = n.putArray("columns");
        t.columns().forEach(cols::add);
        ArrayNode rows = n.putArray("rows");
        for (List<Object> row : t.rows()) {
            ArrayNode r = rows.addArray();
            for (Object cell : row) {
                if (cell == null) {
                    r.addNull();
                } else if (cell instanceof Double d && (d.isNaN() || d.isInfinite())) {
                    r.add(d.toString());
                } else if (cell instanceof Number num) {
                    r.add(JSON.numberNode(num.doubleValue()));
                } else {
                    r.add(cell.toString());
                }
            }
        }
        n.put("note", t.note());
        return n;
    }

    private static ObjectNode chart(Chart c) {
        ObjectNode n = JSON.objectNode();
        n.put("title", c.title());
        if (c instanceof Chart.Bars b) {
            n.put("type", "bars");
            n.put("value_label", b.valueLabel());
            strings(n.putArray("categories"), b.categories());
            series(n.putArray("series"), b.series());
        } else if (c instanceof Chart.Histogram h) {
            n.put("type", "histogram");
            n.put("x_label", h.xLabel());
            numbers(n.putArray("edges"), h.edges());
            series(n.putArray("series"), h.series());
        } else if (c instanceof Chart.Heatmap h) {
            n.put("type", "heatmap");
            n.put("row_label", h.rowLabel());
            n.put("column_label", h.columnLabel());
            strings(n.putArray("rows"), h.rows());
            strings(n.putArray("columns"), h.columns());
            ArrayNode values = n.putArray("values");
            h.values().forEach(row -> numbers(values.addArray(), row));
        } else if (c instanceof Chart.Scatter s) {
            n.put("type", "scatter");
            n.put("x_label", s.xLabel());
            n.put("y_label", s.yLabel());
            numbers(n.putArray("x"), s.x());
            numbers(n.putArray("y"), s.y());
        }
        return n;
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    private static void numbers(ArrayNode a, List<Double> values) {
        values.forEach(a::add);
    }

    private static void series(ArrayNode a, List<Chart.Series> series) {
        for (Chart.Series s : series) {
            ObjectNode o = a.addObject();
            o.put("name", s.name());
            numbers(o.putArray("values"), s.values());
        }
    }
}
