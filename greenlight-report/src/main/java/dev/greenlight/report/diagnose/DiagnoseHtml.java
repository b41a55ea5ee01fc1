package dev.greenlight.report.diagnose;

import dev.greenlight.diagnose.Cause;
import dev.greenlight.diagnose.CauseFinding;
import dev.greenlight.diagnose.Diagnosis;
import dev.greenlight.diagnose.FeatureContribution;
import dev.greenlight.diagnose.Figure;
import dev.greenlight.diagnose.Performance;
import dev.greenlight.report.html.Html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static dev.greenlight.report.diagnose.DiagnoseText.num;

/**
 * {@code diagnose.html}: one self-contained page (inline CSS and SVG, no network) with a waterfall of the drop from
 * the reference to production by cause (the covariate part the estimate predicts, then the concept part the estimate
 * misses), each cause's verdict and evidence, and the features carrying the covariate part.
 */
public final class DiagnoseHtml {
    private static final int W = 640;
    private static final int H = 260;
    private static final int LEFT = 60;
    private static final int BOTTOM = 40;

    private DiagnoseHtml() {
    }

    public static String render(Diagnosis d) {
        StringBuilder s = new StringBuilder();
        s.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Greenlight diagnosis</title>")
                .append("<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:60em;color:#222}")
                .append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;")
                .append("vertical-align:top}.likely{color:#b00020;font-weight:bold}.possible{color:#a15c00}")
                .append(".ruled_out{color:#2e7d32}.not_tested{color:#666}</style></head><body>\n");
        s.append("<h1>Why is the model worse in production?</h1>\n");
        s.append("<p>Primary cause: <strong id=\"primary-cause\">").append(Html.esc(d.primaryCause()))
                .append("</strong></p>\n");
        Performance p = d.performance();
        s.append("<table><tr><th>").append(Html.esc(p.metric())).append("</th><th>value</th><th>95% interval</th>")
                .append("<th>rows</th><th>how</th></tr>\n");
        row(s, "reference (test set)", p.reference());
        row(s, "production, realized", p.realized());
        row(s, "production, estimated", p.estimated());
        s.append("</table>\n<p>Drop ").append(num(p.drop())).append("; a production set of this size moves by ")
                .append(num(p.band())).append(" by chance: the drop is ")
                .append(p.beyondBand() ? "beyond" : "within").append(" that band.</p>\n");
        s.append(waterfall(d));
        s.append("<h2>Causes</h2>\n<table><tr><th>cause</th><th>verdict</th><th>share</th><th>evidence</th></tr>\n");
        for (CauseFinding c : d.causes()) {
            s.append("<tr><td>").append(c.cause().key()).append("</td><td class=\"").append(c.verdict().key())
                    .append("\">").append(c.verdict().key()).append("</td><td>")
                    .append(c.share() == null ? "&ndash;" : num(c.share()) + (Double.isNaN(c.shareLow()) ? ""
                            : " [" + num(c.shareLow()) + ", " + num(c.shareHigh()) + "]"))
                    .append("</td><td><ul>");
            c.evidence().forEach(e -> s.append("<li>").append(Html.esc(e)).append("</li>"));
            s.append("</ul></td></tr>\n");
        }
        s.append("</table>\n");
        if (!d.contributions().isEmpty()) {
            s.append("<h2>Features carrying the covariate part</h2>\n<table><tr><th>feature</th><th>")
                    .append(Html.esc(p.metric())).append(" on the reference reweighted to production's distribution")
                    .append(" of the feature</th><th>drop</th><th>production chunks with drift</th></tr>\n");
            for (FeatureContribution f : d.contributions()) {
                s.append("<tr><td>").append(Html.esc(f.feature())).append("</td><td>").append(num(f.reweighted()))
                        .append("</td><td>").append(num(f.drop())).append("</td><td>").append(f.driftedChunks())
                        .append("</td></tr>\n");
            }
            s.append("</table>\n");
        }
        if (!d.notes().isEmpty()) {
            s.append("<h2>Notes</h2><ul>");
            d.notes().forEach(n -> s.append("<li>").append(Html.esc(n)).append("</li>"));
            s.append("</ul>\n");
        }
        return s.append("</body></html>\n").toString();
    }

    private static void row(StringBuilder s, String what, Figure f) {
        s.append("<tr><td>").append(what).append("</td>");
        if (f == null) {
            s.append("<td colspan=\"4\">not available</td></tr>\n");
            return;
        }
        s.append("<td>").append(num(f.value())).append("</td><td>").append(num(f.low())).append(" to ")
                .append(num(f.high())).append("</td><td>").append(f.rows()).append("</td><td>")
                .append(Html.esc(f.method())).append("</td></tr>\n");
    }

    /** One step of the waterfall: a label and the value after it (a total when {@code total}). */
    private record Step(String label, double from, double to, boolean total) {
    }

    static String waterfall(Diagnosis d) {
        Performance p = d.performance();
        Figure end = p.realized() != null ? p.realized() : p.estimated();
        if (end == null) {
            return "<p>No production figure: no waterfall.</p>\n";
        }
        double ref = p.reference().value();
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("reference", ref, ref, true));
        double covariateEnd = p.estimated() == null ? ref : ref + (p.estimated().value() - ref);
        Double covShare = d.cause(Cause.COVARIATE_SHIFT).share();
        if (p.estimated() != null) {
            steps.add(new Step("covariate shift", ref, covariateEnd, false));
        }
        if (p.realized() != null && p.estimated() != null) {
            steps.add(new Step("concept shift", covariateEnd, p.realized().value(), false));
        }
        steps.add(new Step(p.realized() != null ? "production (realized)" : "production (estimated)",
                end.value(), end.value(), true));
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Step st : steps) {
            lo = Math.min(lo, Math.min(st.from(), st.to()));
            hi = Math.max(hi, Math.max(st.from(), st.to()));
        }
        double pad = Math.max(1e-9, (hi - lo) * 0.25);
        lo -= pad;
        hi += pad;
        StringBuilder s = new StringBuilder();
        s.append("<h2>The drop by cause</h2>\n<svg id=\"waterfall\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(W).append("\" height=\"").append(H).append("\" role=\"img\" aria-label=\"waterfall of the ")
                .append(Html.esc(p.metric())).append(" drop by cause\">");
        double plotH = H - BOTTOM - 10;
        double barW = (W - LEFT - 20) / (double) steps.size();
        for (int t = 0; t <= 4; t++) {
            double v = lo + (hi - lo) * t / 4;
            double y = y(v, lo, hi, plotH);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#eee\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%s</text>", LEFT, W - 20, y, y,
                    LEFT - 4, y + 4, num(v)));
        }
        for (int i = 0; i < steps.size(); i++) {
            Step st = steps.get(i);
            double x = LEFT + i * barW + barW * 0.15;
            double top;
            double bottom;
            String color;
            if (st.total()) {
                top = y(st.to(), lo, hi, plotH);
                bottom = y(lo, lo, hi, plotH);
                color = "#5c6bc0";
            } else {
                top = y(Math.max(st.from(), st.to()), lo, hi, plotH);
                bottom = y(Math.min(st.from(), st.to()), lo, hi, plotH);
                boolean worse = p.higherIsBetter() ? st.to() < st.from() : st.to() > st.from();
                color = worse ? "#e57373" : "#81c784";
            }
            s.append(String.format(Locale.ROOT, "<rect class=\"step\" data-label=\"%s\" data-from=\"%s\" "
                            + "data-to=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                    Html.esc(st.label()), num(st.from()), num(st.to()), x, top, barW * 0.7,
                    Math.max(1, bottom - top), color));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">"
                    + "%s</text>", x + barW * 0.35, H - BOTTOM + 16, Html.esc(st.label())));
            String value = st.total() ? num(st.to()) : num(st.to() - st.from());
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\">"
                    + "%s</text>", x + barW * 0.35, top - 4, value));
        }
        s.append("</svg>\n");
        if (covShare != null) {
            s.append("<p>The estimate (which assumes the relation between inputs and outcome unchanged) predicts ")
                    .append(num(covShare)).append(" of the drop.</p>\n");
        }
        return s.toString();
    }

    private static double y(double v, double lo, double hi, double plotH) {
        return 10 + plotH * (hi - v) / (hi - lo);
    }
}
