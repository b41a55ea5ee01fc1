package dev.greenlight.report.monitor;

import dev.greenlight.text.Figures;

import java.util.List;
import java.util.Locale;

import static dev.greenlight.report.html.Html.esc;

/**
 * One figure per chunk as an inline SVG line chart: the reference chunks shaded, the alert band as dashed lines, a
 * second series (estimated beside realized) and alerted chunks marked in red. Same geometry and style classes as
 * the report's other charts ({@code svg.chart}, {@code .grid}, {@code .ref}, {@code .tick}).
 */
final class TimeSeriesChart {
    private static final String[] PALETTE = {"#2563eb", "#f97316"};
    private static final int W = 560;
    private static final int H = 260;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 34;
    private static final int BOTTOM = 44;

    /**
     * One line.
     *
     * @param name   legend text
     * @param values one value per chunk, NaN where none
     * @param alerts one flag per chunk
     */
    record Line(String name, double[] values, boolean[] alerts) {
    }

    private TimeSeriesChart() {
    }

    static String render(String title, String valueLabel, List<String> chunkLabels, int referenceChunks,
                         List<Line> lines, double lower, double upper) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Line l : lines) {
            for (double v : l.values()) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        for (double b : new double[]{lower, upper}) {
            if (Double.isFinite(b)) {
                min = Math.min(min, b);
                max = Math.max(max, b);
            }
        }
        if (min == Double.POSITIVE_INFINITY) {
            min = 0;
            max = 1;
        }
        if (min == max) {
            max = min + 1;
        }
        double pad = (max - min) * 0.08;
        double lo = min - pad;
        double hi = max + pad;
        int n = chunkLabels.size();
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"chart\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" role=\"img\" aria-label=\"").append(esc(title)).append("\"><title>").append(esc(title))
                .append("</title>");
        s.append(text(W / 2.0, 18, title, "middle", "ttl"));
        int plotH = H - TOP - BOTTOM;
        double plotW = W - LEFT - RIGHT;
        if (referenceChunks > 0 && n > 0) {
            double x1 = x(referenceChunks - 0.5, n, plotW);
            s.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"")
                    .append(f(Math.max(0, x1 - LEFT))).append("\" height=\"").append(plotH)
                    .append("\" fill=\"#f5f5f4\"><title>reference chunks</title></rect>");
            s.append(text(LEFT + 4, TOP + 12, "reference", "start", "tick"));
        }
        for (int i = 0; i <= 4; i++) {
            double v = lo + (hi - lo) * i / 4;
            double y = TOP + plotH - plotH * i / 4.0;
            s.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"").append(f(y))
                    .append("\" y2=\"").append(f(y)).append("\" class=\"grid\"/>");
            s.append(text(LEFT - 6, y + 4, Figures.format(Double.parseDouble(String.format(Locale.ROOT, "%.3g", v))),
                    "end", "tick"));
        }
        s.append("<text transform=\"translate(14,").append(f(TOP + plotH / 2.0)).append(") rotate(-90)\" ")
                .append("text-anchor=\"middle\" class=\"axis\">").append(esc(valueLabel)).append("</text>");
        for (double b : new double[]{lower, upper}) {
            if (Double.isFinite(b)) {
                double y = y(b, lo, hi);
                s.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"")
                        .append(f(y)).append("\" y2=\"").append(f(y)).append("\" class=\"ref\"><title>threshold ")
                        .append(Figures.format(b)).append("</title></line>");
            }
        }
        for (int j = 0; j < lines.size(); j++) {
            Line l = lines.get(j);
            String color = PALETTE[j % PALETTE.length];
            StringBuilder path = new StringBuilder();
            boolean pen = false;
            for (int i = 0; i < n && i < l.values().length; i++) {
                double v = l.values()[i];
                if (!Double.isFinite(v)) {
                    pen = false;
                    continue;
                }
                path.append(pen ? " L" : " M").append(f(x(i, n, plotW))).append(',').append(f(y(v, lo, hi)));
                pen = true;
            }
            s.append("<path d=\"").append(path.toString().strip()).append("\" fill=\"none\" stroke=\"").append(color)
                    .append("\" stroke-width=\"2\"/>");
            for (int i = 0; i < n && i < l.values().length; i++) {
                double v = l.values()[i];
                if (!Double.isFinite(v)) {
                    continue;
                }
                boolean alert = l.alerts() != null && l.alerts()[i];
                s.append("<circle cx=\"").append(f(x(i, n, plotW))).append("\" cy=\"").append(f(y(v, lo, hi)))
                        .append("\" r=\"").append(alert ? 4.5 : 2.5).append("\" fill=\"")
                        .append(alert ? "#b91c1c" : color).append("\"><title>").append(esc(l.name())).append(" · ")
                        .append(esc(chunkLabels.get(i))).append(": ").append(Figures.format(v))
                        .append(alert ? " (alert)" : "").append("</title></circle>");
            }
        }
        int step = Math.max(1, (int) Math.ceil(n / 8.0));
        for (int i = 0; i < n; i += step) {
            s.append(text(x(i, n, plotW), H - BOTTOM + 14, chunkLabels.get(i), "middle", "tick"));
        }
        if (lines.size() > 1) {
            double lx = LEFT;
            for (int j = 0; j < lines.size(); j++) {
                s.append("<rect x=\"").append(f(lx)).append("\" y=\"").append(H - 14).append("\" width=\"10\" ")
                        .append("height=\"10\" fill=\"").append(PALETTE[j % PALETTE.length]).append("\"/>");
                s.append(text(lx + 14, H - 5, lines.get(j).name(), "start", "tick"));
                lx += 24 + 7 * lines.get(j).name().length();
            }
        }
        return s.append("</svg>").toString();
    }

    private static double x(double i, int n, double plotW) {
        return LEFT + (n <= 1 ? plotW / 2 : plotW * i / (n - 1));
    }

    private static double y(double v, double lo, double hi) {
        int plotH = H - TOP - BOTTOM;
        return TOP + plotH - (v - lo) / (hi - lo) * plotH;
    }

    private static String text(double x, double y, String t, String anchor, String cls) {
        return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\" text-anchor=\"" + anchor + "\" class=\"" + cls + "\">"
                + esc(t) + "</text>";
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
