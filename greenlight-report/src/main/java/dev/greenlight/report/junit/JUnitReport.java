package dev.greenlight.report.junit;

import dev.greenlight.checklist.CheckResult;
import dev.greenlight.checklist.ChecklistReport;
import dev.greenlight.checklist.Status;
import dev.greenlight.report.ReportFormat;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.Locale;

/**
 * {@code junit.xml}: one test case per checklist item, so CI systems show the checklist as tests. FAIL is a
 * failure and ERROR an error; WAIVED and NOT_APPLICABLE are skipped with their reason; WARN passes with the
 * warning in the test's output. The format is the JUnit XML that Jenkins, GitLab and GitHub reporters read.
 */
public final class JUnitReport implements ReportFormat {

    @Override
    public String fileName() {
        return "junit.xml";
    }

    @Override
    public String render(ChecklistReport r) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            var counts = r.counts();
            long totalMillis = r.items().stream().mapToLong(CheckResult::durationMillis).sum();
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "greenlight");
            x.writeCharacters("\n  ");
            x.writeStartElement("testsuite");
            x.writeAttribute("name", "greenlight." + r.modelName());
            x.writeAttribute("tests", String.valueOf(r.items().size()));
            x.writeAttribute("failures", String.valueOf(counts.get(Status.FAIL)));
            x.writeAttribute("errors", String.valueOf(counts.get(Status.ERROR)));
            x.writeAttribute("skipped", String.valueOf(counts.get(Status.WAIVED) + counts.get(Status.NOT_APPLICABLE)));
            x.writeAttribute("time", seconds(totalMillis));
            x.writeAttribute("timestamp", r.generatedAt().toString());
            x.writeCharacters("\n    ");
            x.writeStartElement("properties");
            property(x, "verdict", r.verdict().name());
            property(x, "model.version", r.modelVersion() == null ? "" : r.modelVersion());
            property(x, "config.sha256", r.configSha256());
            property(x, "greenlight.version", r.toolVersion());
            x.writeCharacters("\n    ");
            x.writeEndElement();
            for (CheckResult i : r.items()) {
                testCase(x, i);
            }
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write junit.xml", e);
        }
        return out.toString();
    }

    private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeCharacters("\n      ");
        x.writeEmptyElement("property");
        x.writeAttribute("name", name);
        x.writeAttribute("value", value);
    }

    private static void testCase(XMLStreamWriter x, CheckResult i) throws XMLStreamException {
        x.writeCharacters("\n    ");
        x.writeStartElement("testcase");
        x.writeAttribute("classname", "greenlight.checklist");
        x.writeAttribute("name", i.info().order() + ". " + i.info().id());
        x.writeAttribute("time", seconds(i.durationMillis()));
        String detail = detail(i);
        switch (i.status()) {
            case FAIL -> element(x, "failure", i.summary(), detail);
            case ERROR -> element(x, "error", i.summary(), detail);
            case WAIVED -> element(x, "skipped", "waived by " + i.waiver().owner() + " on " + i.waiver().date()
                    + ": " + i.waiver().reason(), null);
            case NOT_APPLICABLE -> element(x, "skipped", "not applicable: " + i.reason(), null);
            case WARN, PASS -> {
                x.writeCharacters("\n      ");
                x.writeStartElement("system-out");
                x.writeCharacters(i.status().name().toLowerCase(Locale.ROOT) + ": " + detail);
                x.writeEndElement();
            }
        }
        x.writeCharacters("\n    ");
        x.writeEndElement();
    }

    private static void element(XMLStreamWriter x, String name, String message, String body)
            throws XMLStreamException {
        x.writeCharacters("\n      ");
        x.writeStartElement(name);
        x.writeAttribute("message", message);
        if (!name.equals("skipped")) {
            x.writeAttribute("type", name.equals("failure") ? "ChecklistItemFailed" : "CheckError");
        }
        if (body != null) {
            x.writeCharacters(body);
        }
        x.writeEndElement();
    }

    private static String detail(CheckResult i) {
        StringBuilder b = new StringBuilder(i.summary());
        i.findings().forEach(f -> b.append("\n- ").append(f));
        i.openQuestions().forEach(q -> b.append("\n- open: ").append(q.key()).append(": ").append(q.question()));
        if (i.recommendation() != null) {
            b.append("\nRecommendation: ").append(i.recommendation());
        }
        return b.toString();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
