package dev.greenlight.report.html;

import dev.greenlight.checklist.evidence.Chart;
import dev.greenlight.text.Figures;

import java.util.List;
import java.util.Locale;

import static dev.greenlight.report.html.Html.esc;

/**
 * Draws {@link Chart} data as inline SVG: no scripts, fonts or images from anywhere else, so the page works
 * offline. Each chart scales to its container through its viewBox.
 */
final class SvgCharts {
    static final String[] PALETTE = {"#2563eb", "#f97316", "#16a34a", "#9333ea", "#dc2626", "#0891b2"};
    private static final int W = 560;
    private static final int H = 280;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 34;
    private static final int BOTTOM = 64;

    private SvgCharts() {
    }

    static String render(Chart c) {
        if (c instanceof Chart.Bars b) {
            return bars(b);
        }
        if (c instanceof Chart.Histogram h) {
            return histogram(h);
        }
        if (c instanceof Chart.Heatmap h) {
            return heatmap(h);
        }
        return scatter((Chart.Scatter) c);
    }

    private static StringBuilder open(String title) {
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"chart\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" role=\"img\" aria-label=\"").append(esc(title)).append("\">");
        s.append("<title>").append(esc(title)).append("</title>");
        s.append(text(W / 2.0, 18, title, "middle", "ttl"));
        return s;
    }

    private static String text(double x, double y, String t, String anchor, String cls) {
        return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\" text-anchor=\"" + anchor + "\" class=\"" + cls + "\">"
                + esc(t) + "</text>";
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** Nice axis range from min to max including zero where sensible. */
    private static double[] range(double min, double max, boolean includeZero) {
        if (includeZero) {
            min = Math.min(0, min);
            max = Math.max(0, max);
        }
        if (min == max) {
            max = min + 1;
        }
        double pad = (max - min) * 0.05;
        return new double[]{min < 0 || !includeZero ? min - pad : min, max + pad};
    }

    private static void yAxis(StringBuilder s, double lo, double hi, String label) {
        int plotH = H - TOP - BOTTOM;
        for (int i = 0; i <= 4; i++) {
            double v = lo + (hi - lo) * i / 4;
            double y = TOP + plotH - plotH * i / 4.0;
            s.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"").append(f(y))
                    .append("\" y2=\"").append(f(y)).append("\" class=\"grid\"/>");
            s.append(text(LEFT - 6, y + 4, Figures.format(round(v)), "end", "tick"));
        }
        s.append("<text transform=\"translate(14,").append(f(TOP + plotH / 2.0)).append(") rotate(-90)\" ")
                .append("text-anchor=\"middle\" class=\"axis\">").append(esc(label)).append("</text>");
    }

    private static double round(double v) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.3g", v));
    }

    private static double scaleY(double v, double lo, double hi) {
        int plotH = H - TOP - BOTTOM;
        return TOP + plotH - (v - lo) / (hi - lo) * plotH;
    }

    private static void legend(StringBuilder s, List<Chart.Series> series) {
        if (series.size() < 2) {
            return;
        }
        double x = LEFT;
        for (int i = 0; i < series.size(); i++) {
            s.append("<rect x=\"").append(f(x)).append("\" y=\"").append(H - 14).append("\" width=\"10\" height=\"10\" ")
                    .append("fill=\"").append(PALETTE[i % PALETTE.length]).append("\"/>");
            s.append(text(x + 14, H - 5, series.get(i).name(), "start", "tick"));
            x += 24 + 7 * series.get(i).name().length();
        }
    }

    static String bars(Chart.Bars c) {
        StringBuilder s = open(c.title());
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Chart.Series ser : c.series()) {
            for (double v : ser.values()) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (c.referenceLine() != null) {
            min = Math.min(min, c.referenceLine());
            max = Math.max(max, c.referenceLine());
        }
        double[] r = range(min, max, true);
        yAxis(s, r[0], r[1], c.valueLabel());
        int n = c.categories().size();
        int k = c.series().size();
        double plotW = W - LEFT - RIGHT;
        double group = plotW / Math.max(1, n);
        double barW = Math.min(48, group * 0.8 / k);
        double zero = scaleY(0, r[0], r[1]);
        boolean rotate = n > 6 || c.categories().stream().anyMatch(t -> t.length() * 6.5 > group);
        for (int i = 0; i < n; i++) {
            double gx = LEFT + group * i + (group - barW * k) / 2;
            for (int j = 0; j < k; j++) {
                double v = c.series().get(j).values().get(i);
                double y = scaleY(v, r[0], r[1]);
                s.append("<rect x=\"").append(f(gx + barW * j)).append("\" y=\"").append(f(Math.min(y, zero)))
                        .append("\" width=\"").append(f(barW - 2)).append("\" height=\"")
                        .append(f(Math.max(0.5, Math.abs(zero - y)))).append("\" fill=\"")
                        .append(PALETTE[j % PALETTE.length]).append("\"><title>").append(esc(c.series().get(j).name()))
                        .append(" · ").append(esc(c.categories().get(i))).append(": ").append(Figures.format(v))
                        .append("</title></rect>");
                if (k * n <= 12) {
                    s.append(text(gx + barW * j + barW / 2 - 1, Math.min(y, zero) - 3, Figures.format(round(v)),
                            "middle", "val"));
                }
            }
            double lx = LEFT + group * i + group / 2;
            String label = shorten(c.categories().get(i), rotate ? 22 : 40);
            if (rotate) {
                s.append("<text transform=\"translate(").append(f(lx)).append(',').append(H - BOTTOM + 12)
                        .append(") rotate(-30)\" text-anchor=\"end\" class=\"tick\">").append(esc(label)).append("</text>");
            } else {
                s.append(text(lx, H - BOTTOM + 16, label, "middle", "tick"));
            }
        }
        if (c.referenceLine() != null) {
            double y = scaleY(c.referenceLine(), r[0], r[1]);
            s.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"").append(f(y))
                    .append("\" y2=\"").append(f(y)).append("\" class=\"ref\"/>");
            if (c.referenceLabel() != null) {
                s.append(text(W - RIGHT, y - 4, c.referenceLabel(), "end", "tick"));
            }
        }
        legend(s, c.series());
        return s.append("</svg>").toString();
    }

    static String histogram(Chart.Histogram c) {
        StringBuilder s = open(c.title());
        double max = 0;
        for (Chart.Series ser : c.series()) {
            for (double v : ser.values()) {
                max = Math.max(max, v);
            }
        }
        double[] r = range(0, max, true);
        yAxis(s, r[0], r[1], "share of rows");
        List<Double> e = c.edges();
        double lo = e.get(0);
        double hi = e.get(e.size() - 1);
        double plotW = W - LEFT - RIGHT;
        java.util.function.DoubleUnaryOperator sx = v -> LEFT + (hi == lo ? 0 : (v - lo) / (hi - lo) * plotW);
        for (int j = 0; j < c.series().size(); j++) {
            String color = PALETTE[j % PALETTE.length];
            StringBuilder path = new StringBuilder();
            double base = scaleY(0, r[0], r[1]);
            path.append("M").append(f(sx.applyAsDouble(lo))).append(',').append(f(base));
            List<Double> v = c.series().get(j).values();
            for (int b = 0; b < v.size(); b++) {
                double y = scaleY(v.get(b), r[0], r[1]);
                path.append(" L").append(f(sx.applyAsDouble(e.get(b)))).append(',').append(f(y));
                path.append(" L").append(f(sx.applyAsDouble(e.get(b + 1)))).append(',').append(f(y));
            }
            path.append(" L").append(f(sx.applyAsDouble(hi))).append(',').append(f(base)).append(" Z");
            s.append("<path d=\"").append(path).append("\" fill=\"").append(color).append("\" fill-opacity=\"0.28\" ")
                    .append("stroke=\"").append(color).append("\" stroke-width=\"1.5\"/>");
        }
        for (int i = 0; i <= 4; i++) {
            double v = lo + (hi - lo) * i / 4;
            s.append(text(sx.applyAsDouble(v), H - BOTTOM + 16, Figures.format(round(v)), "middle", "tick"));
        }
        s.append(text(LEFT + plotW / 2, H - BOTTOM + 34, c.xLabel(), "middle", "axis"));
        legend(s, c.series());
        return s.append("</svg>").toString();
    }

    static String heatmap(Chart.Heatmap c) {
        StringBuilder s = open(c.title());
        int rows = c.rows().size();
        int cols = c.columns().size();
        double max = 0;
        for (List<Double> row : c.values()) {
            for (double v : row) {
                max = Math.max(max, v);
            }
        }
        double plotH = H - TOP - BOTTOM + 20;
        double size = Math.min(plotH / rows, (W - 2 * LEFT - 60.0) / cols);
        double x0 = (W - size * cols) / 2 + 20;
        double y0 = TOP + 6;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double v = c.values().get(i).get(j);
                double t = max == 0 ? 0 : v / max;
                String fill = String.format(Locale.ROOT, "rgb(%d,%d,%d)", (int) (239 - 202 * t), (int) (246 - 147 * t),
                        (int) (255 - 20 * t));
                s.append("<rect x=\"").append(f(x0 + j * size)).append("\" y=\"").append(f(y0 + i * size))
                        .append("\" width=\"").append(f(size - 2)).append("\" height=\"").append(f(size - 2))
                        .append("\" fill=\"").append(fill).append("\"/>");
                if (size >= 18) {
                    s.append("<text x=\"").append(f(x0 + j * size + size / 2 - 1)).append("\" y=\"")
                            .append(f(y0 + i * size + size / 2 + 4)).append("\" text-anchor=\"middle\" class=\"")
                            .append(t > 0.55 ? "val inv" : "val").append("\">").append(Figures.format(v))
                            .append("</text>");
                }
            }
            s.append(text(x0 - 6, y0 + i * size + size / 2 + 4, shorten(c.rows().get(i), 12), "end", "tick"));
        }
        for (int j = 0; j < cols; j++) {
            s.append(text(x0 + j * size + size / 2, y0 + rows * size + 14, shorten(c.columns().get(j), 12), "middle",
                    "tick"));
        }
        s.append(text(x0 + cols * size / 2, y0 + rows * size + 32, c.columnLabel(), "middle", "axis"));
        s.append("<text transform=\"translate(").append(f(x0 - 60)).append(',').append(f(y0 + rows * size / 2))
                .append(") rotate(-90)\" text-anchor=\"middle\" class=\"axis\">").append(esc(c.rowLabel()))
                .append("</text>");
        return s.append("</svg>").toString();
    }

    static String scatter(Chart.Scatter c) {
        StringBuilder s = open(c.title());
        double xmin = Double.POSITIVE_INFINITY;
        double xmax = Double.NEGATIVE_INFINITY;
        double ymin = Double.POSITIVE_INFINITY;
        double ymax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < c.x().size(); i++) {
            xmin = Math.min(xmin, c.x().get(i));
            xmax = Math.max(xmax, c.x().get(i));
            ymin = Math.min(ymin, c.y().get(i));
            ymax = Math.max(ymax, c.y().get(i));
        }
        if (c.x().isEmpty()) {
            return s.append("</svg>").toString();
        }
        double[] ry = range(ymin, ymax, c.zeroLine());
        double[] rx = range(xmin, xmax, false);
        yAxis(s, ry[0], ry[1], c.yLabel());
        double plotW = W - LEFT - RIGHT;
        for (int i = 0; i < c.x().size(); i++) {
            double x = LEFT + (c.x().get(i) - rx[0]) / (rx[1] - rx[0]) * plotW;
            double y = scaleY(c.y().get(i), ry[0], ry[1]);
            s.append("<circle cx=\"").append(f(x)).append("\" cy=\"").append(f(y)).append("\" r=\"2.2\" fill=\"")
                    .append(PALETTE[0]).append("\" fill-opacity=\"0.55\"/>");
        }
        if (c.zeroLine()) {
            double y = scaleY(0, ry[0], ry[1]);
            s.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"").append(f(y))
                    .append("\" y2=\"").append(f(y)).append("\" class=\"ref\"/>");
        }
        for (int i = 0; i <= 4; i++) {
            double v = rx[0] + (rx[1] - rx[0]) * i / 4;
            s.append(text(LEFT + plotW * i / 4, H - BOTTOM + 16, Figures.format(round(v)), "middle", "tick"));
        }
        s.append(text(LEFT + plotW / 2, H - BOTTOM + 34, c.xLabel(), "middle", "axis"));
        return s.append("</svg>").toString();
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
