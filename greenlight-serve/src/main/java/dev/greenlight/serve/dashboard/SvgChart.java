package dev.greenlight.serve.dashboard;

import java.util.List;
import java.util.Locale;

/**
 * A time series as inline SVG: one or two lines over the windows, the reference band shaded, alerting points red.
 * No script and no external resource, so the page renders anywhere.
 */
final class SvgChart {
    static final int WIDTH = 720;
    static final int HEIGHT = 180;
    private static final int PAD = 36;

    /** One line: values per window (NaN = no value), and which points alert. */
    record Series(String name, String css, double[] values, boolean[] alerts, boolean dashed) {
    }

    private SvgChart() {
    }

    static String render(String id, String title, List<String> labels, List<Series> series, double bandLow,
                         double bandHigh) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (double v : s.values()) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (Double.isFinite(bandLow)) {
            min = Math.min(min, bandLow);
        }
        if (Double.isFinite(bandHigh)) {
            max = Math.max(max, bandHigh);
        }
        if (!Double.isFinite(min)) {
            min = 0;
            max = 1;
        }
        if (max - min < 1e-9) {
            max = min + 1;
        }
        int n = labels.size();
        StringBuilder b = new StringBuilder();
        b.append("<figure class=\"chart\" id=\"").append(Html.text(id)).append("\"><figcaption>")
                .append(Html.text(title)).append("</figcaption>");
        b.append(String.format(Locale.ROOT, "<svg viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" "
                + "aria-label=\"%s\">", WIDTH, HEIGHT, WIDTH, HEIGHT, Html.text(title)));
        if (Double.isFinite(bandLow) && Double.isFinite(bandHigh)) {
            double y1 = y(bandHigh, min, max);
            double y2 = y(bandLow, min, max);
            b.append(String.format(Locale.ROOT, "<rect class=\"band\" x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" "
                    + "fill=\"#e8f5e9\"/>", PAD, y1, WIDTH - 2 * PAD, Math.max(0.5, y2 - y1)));
        }
        b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>", PAD,
                HEIGHT - PAD, WIDTH - PAD, HEIGHT - PAD));
        b.append(String.format(Locale.ROOT, "<text x=\"2\" y=\"%.1f\" font-size=\"10\">%s</text>", y(max, min, max) + 4,
                Html.number(max)));
        b.append(String.format(Locale.ROOT, "<text x=\"2\" y=\"%.1f\" font-size=\"10\">%s</text>", y(min, min, max),
                Html.number(min)));
        if (n > 0) {
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\">%s</text>", PAD,
                    HEIGHT - 8, Html.text(labels.get(0))));
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\">%s"
                    + "</text>", WIDTH - PAD, HEIGHT - 8, Html.text(labels.get(n - 1))));
        }
        for (Series s : series) {
            StringBuilder path = new StringBuilder();
            boolean pen = false;
            for (int i = 0; i < n; i++) {
                double v = s.values()[i];
                if (!Double.isFinite(v)) {
                    pen = false;
                    continue;
                }
                path.append(pen ? " L" : " M").append(String.format(Locale.ROOT, "%.1f %.1f", x(i, n), y(v, min,
                        max)));
                pen = true;
            }
            b.append("<path class=\"series ").append(Html.text(s.css())).append("\" data-series=\"")
                    .append(Html.text(s.name())).append("\" d=\"").append(path.toString().trim())
                    .append("\" fill=\"none\" stroke-width=\"2\"").append(s.dashed() ? " stroke-dasharray=\"5 3\"" : "")
                    .append("/>");
            for (int i = 0; i < n; i++) {
                double v = s.values()[i];
                if (Double.isFinite(v)) {
                    boolean alert = s.alerts() != null && s.alerts()[i];
                    b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%s\" class=\"%s\" "
                                    + "data-window=\"%s\" data-value=\"%s\"><title>%s %s: %s</title></circle>",
                            x(i, n), y(v, min, max), alert ? "4" : "2.5", alert ? "point alert" : "point",
                            Html.text(labels.get(i)), Html.number(v), Html.text(s.name()), Html.text(labels.get(i)),
                            Html.number(v)));
                }
            }
        }
        b.append("</svg></figure>\n");
        return b.toString();
    }

    private static double x(int i, int n) {
        return n <= 1 ? WIDTH / 2.0 : PAD + (WIDTH - 2.0 * PAD) * i / (n - 1);
    }

    private static double y(double v, double min, double max) {
        return HEIGHT - PAD - (HEIGHT - 2.0 * PAD) * (v - min) / (max - min);
    }
}
